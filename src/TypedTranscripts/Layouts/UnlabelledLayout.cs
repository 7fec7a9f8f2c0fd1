using System;
using System.Threading;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// Speech-to-text output without speaker labels: prose, perhaps under a title line. Everything is said by one
    /// <c>Unknown</c> speaker; the text is cut into turns where the operator's cues show the speaker changing ("Our next
    /// question comes from …", "Please go ahead.", "I'll turn the call over to …"), so that the structure stage can find
    /// where Q&amp;A begins. The layout of last resort: it claims prose about a call only when no other layout does.
    /// </summary>
    internal sealed class UnlabelledLayout : ITranscriptLayout
    {
        /// <summary>The label of the one speaker.</summary>
        private const string SpeakerName = "Unknown";

        private const int DetectChars = 64 * 1024;

        /// <summary>Cues are short sentences; only this much of a sentence is searched for one.</summary>
        private const int CueWindow = 400;

        private const int MaxHeaderLines = 5;

        private static readonly string[] CallWords = { "conference call", "earnings call", "quarter", "question", "welcome", "operator" };

        public TranscriptLayout Kind => TranscriptLayout.Unlabelled;

        public string Name => "Unlabelled";

        public int Detect(SourceText source)
        {
            string text = source.Text;
            int limit = Math.Min(text.Length, DetectChars);
            int sentences = 0;
            for (int i = 1; i < limit && sentences < 5; i++)
            {
                bool gap = text[i] == ' ' || text[i] == '\n' || text[i] == '\r';
                if (gap && (text[i - 1] == '.' || text[i - 1] == '?') && i >= 2 && char.IsLetter(text[i - 2])) sentences++;
            }
            if (sentences < 5) return 0;
            int words = 0;
            foreach (var word in CallWords)
            {
                if (text.IndexOf(word, 0, limit, StringComparison.OrdinalIgnoreCase) >= 0) words++;
            }
            // Exactly the threshold: any other layout that claims the text wins.
            return words >= 2 ? LayoutDetector.Threshold : 0;
        }

        public LayoutDocument Read(SourceText source, CancellationToken cancellationToken)
        {
            var doc = new LayoutDocument(Kind);
            var header = new HeaderFacts(doc.Facts);
            RawTurn? turn = null;
            bool operatorTurn = false, handOver = false;
            int headerLines = 0, sentences = 0;
            for (int i = 0; i < source.LineCount; i++)
            {
                if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var line = source.Span(i).Trim();
                if (line.IsEmpty)
                {
                    turn?.Body.BreakParagraph();
                    continue;
                }
                if (turn is null && headerLines < MaxHeaderLines && IsHeaderLine(line))
                {
                    headerLines++;
                    header.Read(line.ToString(), i);
                    continue;
                }

                int start = 0;
                while (start < line.Length)
                {
                    if ((++sentences & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                    int end = SentenceEnd(line, start);
                    string cue = line.Slice(start, Math.Min(end - start, CueWindow)).ToString();
                    bool operatorSentence = CallCues.IsOperatorSentence(cue);
                    bool newSpeaker = turn is null
                        || (handOver && !CallCues.IsHandOver(cue))
                        || (operatorSentence && !operatorTurn && !handOver);
                    if (newSpeaker)
                    {
                        turn = new RawTurn(SpeakerName, null, null, SectionKind.Presentation, i + 1, source.LocationOfLine(i));
                        doc.Turns.Add(turn);
                        operatorTurn = operatorSentence;
                    }
                    handOver = CallCues.HandsOver(cue) || (handOver && CallCues.IsHandOver(cue));
                    var piece = line.Slice(start, end - start).Trim();
                    if (!piece.IsEmpty) turn!.Body.AppendLine(piece, i + 1);
                    start = end;
                }
            }
            return doc;
        }

        /// <summary>A title or date above the prose: a short line that is not a sentence and states one of them.</summary>
        private static bool IsHeaderLine(TextSpan line)
        {
            if (line.Length > 160 || EndsSentence(line)) return false;
            string text = line.ToString();
            return HeaderFacts.LooksLikeEventTitle(text) || Dates.TryFind(text, out _, out _);
        }

        private static bool EndsSentence(TextSpan line)
        {
            char c = line[line.Length - 1];
            return c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201D';
        }

        /// <summary>Just after the sentence that starts at <paramref name="start"/>: after <c>. </c>, <c>? </c> or <c>! </c>, or the line's end.</summary>
        private static int SentenceEnd(TextSpan line, int start)
        {
            for (int k = start; k < line.Length - 1; k++)
            {
                char c = line[k];
                if ((c == '.' || c == '?' || c == '!') && line[k + 1] == ' ') return k + 2;
            }
            return line.Length;
        }
    }
}
