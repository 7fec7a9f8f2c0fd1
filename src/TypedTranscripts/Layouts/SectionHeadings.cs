using System;
using System.Collections.Generic;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    internal enum HeadingKind : byte
    {
        None,
        /// <summary>The company's people: <c>Executives</c>, <c>Company Participants</c>.</summary>
        CompanyParticipants,
        /// <summary>Everyone else: <c>Analysts</c>, <c>Conference Call Participants</c>.</summary>
        OtherParticipants,
        /// <summary>One list of both: <c>Call participants</c>.</summary>
        Participants,
        Presentation,
        QuestionsAndAnswers,
        /// <summary>Where the turns start after summaries: <c>Full Conference Call Transcript</c>.</summary>
        Transcript,
        /// <summary>A summary written by the publisher, not spoken: <c>Takeaways</c>, <c>Risks</c>.</summary>
        Summary,
        /// <summary>A table of contents that repeats the section headings without their colon.</summary>
        Contents,
        /// <summary>The end of the spoken text: <c>Disclaimer</c>, <c>Copyright policy</c>.</summary>
        End,
    }

    /// <summary>
    /// Section and list headings shared by the publisher layouts, recognised alone on their line in any case, with or
    /// without a trailing colon or markdown heading marks.
    /// </summary>
    internal static class SectionHeadings
    {
        private const int MaxLength = 48;

        private static readonly Dictionary<string, HeadingKind> Known = new Dictionary<string, HeadingKind>(StringComparer.Ordinal)
        {
            ["EXECUTIVES"] = HeadingKind.CompanyParticipants,
            ["COMPANY PARTICIPANTS"] = HeadingKind.CompanyParticipants,
            ["CORPORATE PARTICIPANTS"] = HeadingKind.CompanyParticipants,
            ["COMPANY REPRESENTATIVES"] = HeadingKind.CompanyParticipants,
            ["COMPANY SPEAKERS"] = HeadingKind.CompanyParticipants,
            ["MANAGEMENT"] = HeadingKind.CompanyParticipants,
            ["ANALYSTS"] = HeadingKind.OtherParticipants,
            ["CONFERENCE CALL PARTICIPANTS"] = HeadingKind.OtherParticipants,
            ["OTHER PARTICIPANTS"] = HeadingKind.OtherParticipants,
            ["ANALYST PARTICIPANTS"] = HeadingKind.OtherParticipants,
            ["CALL PARTICIPANTS"] = HeadingKind.Participants,
            ["PARTICIPANTS"] = HeadingKind.Participants,
            ["SPEAKERS"] = HeadingKind.Participants,
            ["PRESENTATION"] = HeadingKind.Presentation,
            ["PREPARED REMARKS"] = HeadingKind.Presentation,
            ["OPENING REMARKS"] = HeadingKind.Presentation,
            ["MANAGEMENT DISCUSSION SECTION"] = HeadingKind.Presentation,
            ["QUESTIONS AND ANSWERS"] = HeadingKind.QuestionsAndAnswers,
            ["QUESTIONS & ANSWERS"] = HeadingKind.QuestionsAndAnswers,
            ["QUESTION AND ANSWER"] = HeadingKind.QuestionsAndAnswers,
            ["QUESTION & ANSWER"] = HeadingKind.QuestionsAndAnswers,
            ["QUESTION-AND-ANSWER SESSION"] = HeadingKind.QuestionsAndAnswers,
            ["QUESTION AND ANSWER SESSION"] = HeadingKind.QuestionsAndAnswers,
            ["QUESTIONS AND ANSWERS SESSION"] = HeadingKind.QuestionsAndAnswers,
            ["QUESTION & ANSWER SESSION"] = HeadingKind.QuestionsAndAnswers,
            ["Q&A"] = HeadingKind.QuestionsAndAnswers,
            ["Q & A"] = HeadingKind.QuestionsAndAnswers,
            ["Q&A SESSION"] = HeadingKind.QuestionsAndAnswers,
            ["FULL CONFERENCE CALL TRANSCRIPT"] = HeadingKind.Transcript,
            ["CONFERENCE CALL TRANSCRIPT"] = HeadingKind.Transcript,
            ["FULL TRANSCRIPT"] = HeadingKind.Transcript,
            ["TRANSCRIPT"] = HeadingKind.Transcript,
            ["TAKEAWAYS"] = HeadingKind.Summary,
            ["KEY TAKEAWAYS"] = HeadingKind.Summary,
            ["RISKS"] = HeadingKind.Summary,
            ["SUMMARY"] = HeadingKind.Summary,
            ["INDUSTRY GLOSSARY"] = HeadingKind.Summary,
            ["CONTENTS"] = HeadingKind.Contents,
            ["DISCLAIMER"] = HeadingKind.End,
            ["DEFINITIONS"] = HeadingKind.End,
        };

        /// <summary>The heading a line is, or <see cref="HeadingKind.None"/>.</summary>
        public static HeadingKind Of(TextSpan line)
        {
            var text = line.Trim();
            if (text.IsEmpty || text.Length > MaxLength + 8 || !MayStartHeading(text)) return HeadingKind.None;
            string key = Normalise(text.ToString());
            return key.Length > 0 && Known.TryGetValue(key, out var kind) ? kind : HeadingKind.None;
        }

        /// <summary>
        /// Whether the first letter after any markdown marks can start a heading (a non-ASCII one is left to
        /// <see cref="Normalise"/>): most lines are ruled out without building their key.
        /// </summary>
        private static bool MayStartHeading(TextSpan text)
        {
            int i = 0;
            while (i < text.Length && (text[i] == '#' || text[i] == '*' || text[i] == '_' || char.IsWhiteSpace(text[i]))) i++;
            if (i == text.Length) return false;
            char c = text[i];
            if (c >= '\u0080') return true;
            if (c >= 'a' && c <= 'z') c = (char)(c - ('a' - 'A'));
            return c < HeadingInitials.Length && HeadingInitials[c];
        }

        private static readonly bool[] HeadingInitials = Initials(Known.Keys);

        private static bool[] Initials(IEnumerable<string> keys)
        {
            var initials = new bool[128];
            foreach (string key in keys) initials[key[0]] = true;
            return initials;
        }

        /// <summary>Upper case without markdown marks (<c>## </c>, <c>**</c>), a trailing colon or surrounding space.</summary>
        private static string Normalise(string text)
        {
            string t = text.Trim().TrimStart('#').Trim();
            t = t.Replace("**", "").Replace("__", "").Trim();
            t = t.TrimEnd(':').Trim();
            return t.Length > MaxLength ? "" : t.ToUpperInvariant();
        }
    }
}
