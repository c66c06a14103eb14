// Common given names across the languages news reports name people in. A capitalised two-to-four
// word name starting with one of these is a person even when the tagger typed it ORG or MISC
// ("Ella Gershkovich", "Lazaro Gonzalez"). Facts, compiled for annals.

const NAMES = `
Aaron Abdul Abdullah Abdulla Abdel Abdelaziz Abdulrahman Abel Abraham Abu Adam Adel Adrian Ahmad Ahmed Aisha Akbar Alan
Albert Alberto Aleksandar Aleksandr Aleksei Alexander Alexandra Alexei Alexey Alfonso Ali Alice Alicia Alina Alison Amal
Amanda Amina Amir Amit Amr Ana Anastasia Anatoly Andre Andrea Andreas Andrei Andres Andrew Andrey Andriy Andrzej Angela
Angelo Anil Anita Ann Anna Anne Anthony Antonio Anton Anwar Arif Arjun Armando Arnold Arturo Arun Asif Asim Aung Ayman
Barbara Barnaba Bashir Ben Benjamin Bernard Bill Bob Boris Brendan Brian Brittney Bruce Bruno Carl Carla Carlos Carmen
Caroline Catherine Cecilia Charles Charlotte Chen Chris Christian Christina Christine Christopher Claire Claudia Colin
Cristina Daniel Daniela Daniele Danielle David Deborah Dennis Diana Diego Dmitri Dmitry Dmytro Dominic Donald Doris Dorothy
Douglas Ebrahim Eduardo Edward Elena Elian Elisabeth Elizabeth Ella Ellen Emily Emma Emmanuel Enrique Eric Erik Ernesto
Eva Evan Evgeny Fahad Faisal Farid Fatima Fatma Felipe Felix Fernando Francesca Francesco Francis Francisco Frank Franz
Fred Frederick Friedrich Gabriel Gabriela Gary George Georgina Gerald Gerhard Giorgio Giovanni Giuseppe Gloria Gordon Grace
Greg Gregory Gustavo Hamad Hamid Hana Hannah Hans Haruki Hassan Heather Hector Helen Helena Henry Hiroshi Hossein Hugo
Hussein Ian Ibrahim Igor Ilya Imran Irina Isaac Ismail Ivan Jack Jacob Jacques James Jamal Jan Jane Janet Jason Javier
Jean Jeanne Jeff Jeffrey Jennifer Jens Jeremy Jessica Jesus Jim Joan Joanna Joao Joe John Johann Jonathan Jorge Jose Joseph
Joshua Juan Julia Julian Julie Julio Jun Justin Kamal Karen Karim Karl Kate Katherine Kathleen Keith Kenji Kenneth Kevin
Khalid Khalil Kim Kirill Klaus Kumar Larry Laura Laurent Lazaro Leila Leonid Li Lin Linda Lisa Liu Liya Lorenzo Louis Luca
Lucas Luis Luiz Luka Lyudmila Mahendra Mahmoud Majid Manolo Manuel Marco Margaret Maria Mariana Marie Mariela Marina Mario
Marisleysis Mark Marta Martin Mary Masoud Matthew Maxim Mehmet Michael Michel Miguel Mikhail Milan Mircea Mirko Mohamed
Mohammad Mohammed Muhammad Moussa Mustafa Nabil Nadia Naoki Nasser Natalia Natalya Nathan Nicholas Nicolas Nikita Nikolai
Nikolay Nina Noor Nora Nuri Olaf Oleg Oleksandr Oleksiy Olga Omar Oscar Osman Pablo Patricia Patrick Paul Paula Pavel Pedro
Peter Petr Petro Philip Philippe Pierre Pietro Piotr Rafael Rahul Raj Ramon Rashid Raul Rebecca Recep Reza Ricardo Richard
Rico Robert Roberto Robin Roman Ronald Rosa Ruslan Ryan Said Salem Salim Salman Sam Samir Samuel Sandra Sara Sarah Saad
Sayed Sebastian Serge Sergei Sergey Sergio Shirley Simon Sofia Sophie Stefan Stephen Steve Steven Sultan Sun Sunil Susan
Tamara Tanya Tariq Taro Tatiana Teresa Thomas Timothy Tom Tomas Tony Tetiana Umar Usman Valentina Valery Vasily Victor
Victoria Viktor Vikram Vincent Vitaly Vladimir Volodymyr Walter Wang Wei William Xavier Yahya Yaroslav Yasser Yousef Youssef
Yuri Yusuf Zainab Zhang Zoran Zoltan Suleyman Hulusi Mevlut Ahmet Kemal Hakan Ekrem Binali Bulent Devlet
Igor Enver Ramush Hashim Vjosa Albin Thomas Paolo Abiy Moussa Assimi Kaja Viktor Jeyhun Zohrab Nikol Ilham
Narendra Shehbaz Ishaq Vikram Subrahmanyam Abdulla Rustem Dmytro Volodymyr Keir Friedrich Rishi Olaf
Moon Yoon Shinzo Fumio Yoshimasa Yoshihide Taro Toshimitsu Yoko Takeshi Sanae Shigeru Antony Marco Lloyd Kamala
`;

export const GIVEN_NAMES = new Set(NAMES.split(/\s+/).filter(Boolean));
