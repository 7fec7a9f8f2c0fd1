using System;
using System.Collections.Generic;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>
    /// Roles the same way in every layout: listed roles first; then the company's own people are executives, people
    /// from other firms who speak in Q&amp;A are analysts; without companies, who is introduced as asking, or asks after
    /// the operator hands over. The operator is whoever the label says, or else whoever talks like one.
    /// </summary>
    internal static class Roles
    {
        /// <summary>An operator's longest turn (the welcome) is shorter than this; an opening statement is longer.</summary>
        private const int MaxOperatorTurnLength = 1500;

        /// <summary>
        /// Without an operator's label (an operator who goes by a first name), the unlisted speaker whose turns mostly
        /// introduce questions and close the call, or who says they are the operator.
        /// </summary>
        public static void InferOperator(List<SpeakerDraft> speakers, List<TurnText> texts, List<SpeakerDraft> turnSpeakers)
        {
            foreach (var speaker in speakers)
            {
                if (speaker.Role == SpeakerRole.Operator) return;
            }
            var cueTurns = new Dictionary<SpeakerDraft, int>();
            var longest = new Dictionary<SpeakerDraft, int>();
            var selfNamed = new HashSet<SpeakerDraft>();
            for (int i = 0; i < texts.Count; i++)
            {
                var speaker = turnSpeakers[i];
                if (speaker.Listed || speaker.Company is not null || speaker.Title is not null || speaker.Role is not null) continue;
                if (Names.IsAnonymousLabel(speaker.Name) && !Names.IsNumberedSpeaker(speaker.Name)) continue;
                longest[speaker] = Math.Max(longest.TryGetValue(speaker, out int length) ? length : 0, texts[i].Text.Length);
                if (CallCues.SoundsLikeOperator(texts[i].Text)) cueTurns[speaker] = cueTurns.TryGetValue(speaker, out int n) ? n + 1 : 1;
                if (CallCues.IntroducesOperator(texts[i].Text)) selfNamed.Add(speaker);
            }
            SpeakerDraft? best = null;
            int bestCount = 0;
            foreach (var pair in cueTurns)
            {
                // Investor relations may moderate the questions too, but also reads the long opening statement.
                if (longest.TryGetValue(pair.Key, out int length) && length > MaxOperatorTurnLength && !selfNamed.Contains(pair.Key)) continue;
                bool enough = selfNamed.Contains(pair.Key) || (pair.Value >= 2 && pair.Value * 2 >= pair.Key.Turns.Count);
                if (enough && pair.Value > bestCount)
                {
                    best = pair.Key;
                    bestCount = pair.Value;
                }
            }
            if (best is not null) best.Role = SpeakerRole.Operator;
        }

        public static void Infer(List<SpeakerDraft> speakers, List<RawTurn> turns, List<SpeakerDraft> turnSpeakers, string? callCompany,
            HashSet<SpeakerDraft> introducedAskers)
        {
            var asks = new HashSet<SpeakerDraft>();
            var answers = new HashSet<SpeakerDraft>();
            var inQa = new HashSet<SpeakerDraft>();
            var presents = new HashSet<SpeakerDraft>();
            for (int i = 0; i < turns.Count; i++)
            {
                var speaker = turnSpeakers[i];
                if (turns[i].Section != SectionKind.QuestionsAndAnswers)
                {
                    presents.Add(speaker);
                    continue;
                }
                inQa.Add(speaker);
                if (i == 0) continue;
                var previous = turnSpeakers[i - 1];
                if (previous.Role == SpeakerRole.Operator) asks.Add(speaker);
                else if (previous != speaker && asks.Contains(previous)) answers.Add(speaker);
            }

            foreach (var speaker in speakers)
            {
                if (speaker.Role is not null) continue;
                bool introduced = introducedAskers.Contains(speaker);
                speaker.Role = InferOne(speaker, callCompany, introduced || (asks.Contains(speaker) && !answers.Contains(speaker)), introduced || inQa.Contains(speaker),
                    !introduced && presents.Contains(speaker));
            }
        }

        private static SpeakerRole InferOne(SpeakerDraft speaker, string? callCompany, bool asks, bool speaksInQa, bool presents)
        {
            string lowerName = speaker.Name.ToLowerInvariant();
            // "Speaker 2" of speech-to-text is a person like any other; "Unidentified Analyst" says what it is.
            if (Names.IsAnonymousLabel(speaker.Name) && !Names.IsNumberedSpeaker(speaker.Name))
            {
                if (lowerName.Contains("analyst") || lowerName.Contains("participant") || lowerName.Contains("audience")) return SpeakerRole.Analyst;
                if (lowerName.Contains("company") || lowerName.Contains("executive") || lowerName.Contains("management")) return SpeakerRole.Executive;
                return asks ? SpeakerRole.Analyst : SpeakerRole.Other;
            }
            if (speaker.Title is { } title && ContainsWord(title, "analyst")) return SpeakerRole.Analyst;
            // Introduced as "our Chief Executive Officer", or giving the prepared remarks: whoever they speak after
            // later (the operator hands the close back to investor relations), they are the company's.
            if (speaker.Company is null && (JobTitles.IsOfficerTitle(speaker.Title) || presents)) return SpeakerRole.Executive;
            if (speaker.Company is { } company && callCompany is not null)
            {
                if (Names.SameCompany(company, callCompany)) return SpeakerRole.Executive;
                return speaksInQa ? SpeakerRole.Analyst : SpeakerRole.Other;
            }
            if (asks) return SpeakerRole.Analyst;
            return SpeakerRole.Executive;
        }

        private static bool ContainsWord(string text, string word)
        {
            int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
                int end = at + word.Length;
                bool endOk = end >= text.Length || !char.IsLetter(text[end]) || text[end] == 's';
                if (startOk && endOk) return true;
                at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase);
            }
            return false;
        }

        /// <summary>
        /// Without section markers, Q&amp;A starts at the first analyst's turn, together with the operator's hand-over
        /// just before it, or earlier where the operator opens the questions ("Our first question comes from …") for an
        /// asker the text does not name; without an operator (no labels), at the first turn after the opening one that
        /// opens the questions.
        /// </summary>
        public static void InferSections(List<RawTurn> turns, List<TurnText> texts, List<SpeakerDraft> turnSpeakers)
        {
            int first = turnSpeakers.FindIndex(s => s.Role == SpeakerRole.Analyst);
            bool hasOperator = turnSpeakers.Exists(s => s.Role == SpeakerRole.Operator);
            int limit = first < 0 ? texts.Count : first;
            for (int i = 1; i < limit; i++)
            {
                if ((!hasOperator || turnSpeakers[i].Role == SpeakerRole.Operator) && CallCues.OpensQuestions(texts[i].Text))
                {
                    first = i;
                    break;
                }
            }
            if (first < 0) return;
            int start = first;
            while (start > 0 && turnSpeakers[start - 1].Role == SpeakerRole.Operator) start--;
            for (int i = 0; i < turns.Count; i++) turns[i].Section = i < start ? SectionKind.Presentation : SectionKind.QuestionsAndAnswers;
        }
    }
}
