using System;
using System.Collections.Generic;
using TypedTranscripts.Text;

namespace TypedTranscripts.Layouts
{
    /// <summary>
    /// Plain transcripts: optional title and date lines, then turns labelled <c>Name: text</c> or
    /// <c>Name (Title): text</c> (the label may stand alone on its line, or carry a speech-to-text time:
    /// <c>[00:01:23] Jane Doe:</c>, or be a line <c>Jane Doe  0:03</c> above the text), with optional section and
    /// participant headings.
    /// </summary>
    internal sealed class PlainLayout : LineLayout
    {
        public override TranscriptLayout Kind => TranscriptLayout.Plain;

        public override string Name => "Plain";

        protected override bool UsesColonLabels => true;

        public override int Detect(SourceText source)
        {
            int limit = Math.Min(source.LineCount, DetectLines);
            int labelled = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < limit; i++)
            {
                var line = source.Span(i);
                if (!SpeakerLabels.TryColonLabel(line, out string label, out _) && !SpeakerLabels.TryTimedNameLine(line, out label)) continue;
                if (!SpeakerLabels.TryNamedLabel(label, out var parsed)) continue;
                labelled++;
                names.Add(parsed.Name);
            }
            // Labels from two speakers at least, a few times: the layout of last resort for labelled text.
            if (labelled < 3 || names.Count < 2) return 0;
            return Math.Min(40 + labelled * 2, 60);
        }

        protected override bool TryTurnStart(LineContext context, int index, TextSpan content, out TurnStart start)
        {
            start = default;
            if (context.InList) return false;
            if (context.Labels!.TryStart(content, out start)) return true;
            if (!SpeakerLabels.TryTimedNameLine(content, out string label) || !SpeakerLabels.TryNamedLabel(label, out var parsed)) return false;
            start = new TurnStart(parsed, -1);
            return true;
        }
    }
}
