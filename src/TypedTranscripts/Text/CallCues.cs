using System;

namespace TypedTranscripts.Text
{
    /// <summary>
    /// What the operator says on every call, whatever the layout: introducing the next question, opening the
    /// Q&amp;A, closing the call. Used where labels are missing or do not say who the operator is.
    /// </summary>
    internal static class CallCues
    {
        /// <summary>How much of the start and of the end of a turn is searched: cues open or close a turn.</summary>
        public const int Window = 1500;

        private static readonly string[] OperatorPhrases =
        {
            "next question", "first question", "final question", "last question", "question comes from", "question is from",
            "questions come from", "question today comes", "from the line of", "operator instructions", "this concludes",
            "does conclude", "now concludes", "may now disconnect", "may disconnect", "be your operator", "be your conference",
            "your line is open", "your line is now open", "please go ahead", "please proceed", "next caller", "no further questions",
            "no more questions",
        };

        private static readonly string[] QuestionsOpenPhrases =
        {
            "first question", "now begin the question", "now open the call", "now open the line", "now open the floor",
            "now open it up", "now open up the call", "now take questions", "now take your questions", "now conduct the question",
            "now conduct a question", "now be conducting", "now move to the question", "now turn to the question",
            "move on to the question", "begin the q&a", "now move to q&a", "now go to q&a", "open it up for questions",
            "now be conducting a question",
        };

        /// <summary>Phrases that hand the floor to the next speaker after an introduction.</summary>
        private static readonly string[] HandOverPhrases =
        {
            "please go ahead", "please proceed", "your line is open", "your line is now open", "go ahead", "you may proceed",
            "you may begin", "please begin",
        };

        /// <summary>Phrases after which someone else speaks: an introduction or a hand-over.</summary>
        private static readonly string[] IntroductionPhrases =
        {
            "question comes from", "question is from", "questions come from", "question is coming from", "from the line of",
            "next question", "first question", "final question", "turn the call over", "turn the conference over",
            "turn the call back", "turn it over to", "hand the call over", "hand it over to", "over to you", "please go ahead",
            "please proceed", "your line is open", "your line is now open", "you may begin", "you may proceed", "please begin",
        };

        /// <summary>Phrases that end one asker's exchange, whoever moderates: the next introduction or the close.</summary>
        private static readonly string[] MovesOnPhrases =
        {
            "question comes from", "question is from", "questions come from", "question is coming from", "question will come from",
            "from the line of", "this concludes", "that concludes", "does conclude", "no further questions", "no more questions",
        };

        /// <summary>True when a turn moves on to the next asker or closes the call (the operator's or a moderator's words).</summary>
        public static bool MovesOn(string text) => ContainsAny(text, MovesOnPhrases);

        /// <summary>True when the start or the end of a turn says something only an operator says.</summary>
        public static bool SoundsLikeOperator(string text) => ContainsAny(text, OperatorPhrases);

        /// <summary>True when the speaker says they are the operator ("I will be your conference operator today").</summary>
        public static bool IntroducesOperator(string text) =>
            IndexOfAny(text, 0, Math.Min(text.Length, Window), SelfIntroductionPhrases) >= 0;

        private static readonly string[] SelfIntroductionPhrases =
        {
            "be your operator", "be your conference operator", "be your coordinator", "be your conference coordinator", "be the operator",
            "be your call operator", "be your moderator",
        };

        /// <summary>True when the turn opens the question-and-answer session.</summary>
        public static bool OpensQuestions(string text) => ContainsAny(text, QuestionsOpenPhrases);

        /// <summary>True when a sentence is one the operator says (an introduction, the opening of Q&amp;A, a closing).</summary>
        public static bool IsOperatorSentence(string sentence) =>
            IndexOfAny(sentence, 0, sentence.Length, OperatorPhrases) >= 0 || IndexOfAny(sentence, 0, sentence.Length, QuestionsOpenPhrases) >= 0;

        /// <summary>True when someone else speaks after this sentence.</summary>
        public static bool HandsOver(string sentence) => IndexOfAny(sentence, 0, sentence.Length, IntroductionPhrases) >= 0;

        /// <summary>True when a short sentence only hands the floor over ("Please go ahead.").</summary>
        public static bool IsHandOver(string sentence) =>
            sentence.Length <= 60 && IndexOfAny(sentence, 0, sentence.Length, HandOverPhrases) >= 0;

        private static bool ContainsAny(string text, string[] phrases)
        {
            if (text.Length <= 2 * Window) return IndexOfAny(text, 0, text.Length, phrases) >= 0;
            return IndexOfAny(text, 0, Window, phrases) >= 0 || IndexOfAny(text, text.Length - Window, Window, phrases) >= 0;
        }

        private static int IndexOfAny(string text, int start, int length, string[] phrases)
        {
            foreach (var phrase in phrases)
            {
                int at = text.IndexOf(phrase, start, length, StringComparison.OrdinalIgnoreCase);
                if (at >= 0) return at;
            }
            return -1;
        }
    }
}
