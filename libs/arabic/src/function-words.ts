/**
 * Arabic function words, normalised (أ→ا, ى→ي, ة→ه): their density marks running prose
 * (the stripper) and they carry nothing of what a story is about (story matching).
 */
export const ARABIC_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'في من الي علي عن ان او ثم كما بين حيث بعد قبل مع هذا هذه ذلك تلك التي الذي الذين اللذين كان كانت ' +
    'قد لا لم لن ما هو هي هم انه انها الا اذا لكن حتي عند منذ خلال وفي ومن وان وقد ولا وهو وهي ولم بان فان ' +
    'لان اي كل بعض غير ضد عبر نحو لدي امام دون الا وقال قال وكان يكون تكون فيه فيها منها عليه عليها اليه ' +
    'به بها له لها لهم كانوا وذلك وهذا وهذه وكانت ايضا بينما لقد وما فقد حول وعلي والي وعن ومع اما ' +
    'هل لماذا كيف اذ عندما حين لدي فيما كذلك اذا ليس ليست كل وكل هناك هنا ذلك بل'
  ).split(' '),
);
