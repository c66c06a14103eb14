// Words that make a document-level reference unfit to be stored as an actor's alias across
// documents: pronouns, and the leading determiners that start descriptions ("the two officials").
export default {
  pronouns: ['i', 'you', 'he', 'she', 'it', 'we', 'they', 'him', 'her', 'them', 'us', 'his', 'its', 'their', 'our', 'who'],
  leadingDeterminers: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'both'],
};
