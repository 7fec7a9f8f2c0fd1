using System;
using System.Collections.Generic;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>
    /// Roles the same way in every layout: listed roles first; then the company's own people are executives, people
    /// from other firms who speak in Q&amp;A are analysts; without companies, who asks after the operator hands over.
    /// </summary>
    internal static class Roles
    {
        public static void Infer(List<SpeakerDraft> speakers, List<RawTurn> turns, List<SpeakerDraft> turnSpeakers, string? callCompany)
        {
            var asks = new HashSet<SpeakerDraft>();
            var answers = new HashSet<SpeakerDraft>();
            var inQa = new HashSet<SpeakerDraft>();
            for (int i = 0; i < turns.Count; i++)
            {
                var speaker = turnSpeakers[i];
                if (turns[i].Section != SectionKind.QuestionsAndAnswers) continue;
                inQa.Add(speaker);
                if (i == 0) continue;
                var previous = turnSpeakers[i - 1];
                if (previous.Role == SpeakerRole.Operator) asks.Add(speaker);
                else if (previous != speaker && asks.Contains(previous)) answers.Add(speaker);
            }

            foreach (var speaker in speakers)
            {
                if (speaker.Role is not null) continue;
                speaker.Role = InferOne(speaker, callCompany, asks.Contains(speaker) && !answers.Contains(speaker), inQa.Contains(speaker));
            }
        }

        private static SpeakerRole InferOne(SpeakerDraft speaker, string? callCompany, bool asks, bool speaksInQa)
        {
            string lowerName = speaker.Name.ToLowerInvariant();
            if (Names.IsAnonymousLabel(speaker.Name))
            {
                if (lowerName.Contains("analyst") || lowerName.Contains("participant") || lowerName.Contains("audience")) return SpeakerRole.Analyst;
                if (lowerName.Contains("company") || lowerName.Contains("executive") || lowerName.Contains("management")) return SpeakerRole.Executive;
                return asks ? SpeakerRole.Analyst : SpeakerRole.Other;
            }
            if (speaker.Title is { } title && ContainsWord(title, "analyst")) return SpeakerRole.Analyst;
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
        /// Without section markers, Q&amp;A starts at the first analyst's turn, together with the operator's
        /// hand-over just before it.
        /// </summary>
        public static void InferSections(List<RawTurn> turns, List<SpeakerDraft> turnSpeakers)
        {
            int first = turnSpeakers.FindIndex(s => s.Role == SpeakerRole.Analyst);
            if (first < 0) return;
            int start = first;
            while (start > 0 && turnSpeakers[start - 1].Role == SpeakerRole.Operator) start--;
            for (int i = 0; i < turns.Count; i++) turns[i].Section = i < start ? SectionKind.Presentation : SectionKind.QuestionsAndAnswers;
        }
    }
}
