using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedTranscripts.Figures;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;
using Xunit;

namespace TypedTranscripts.Tests.Figures
{
    /// <summary>Runs the figure extractor on turns we write ourselves, one paragraph per line, lines numbered from 1 across turns.</summary>
    internal sealed class Extraction
    {
        private Extraction(ExtractedFigures result, List<TranscriptProblem> problems)
        {
            Result = result;
            Problems = problems;
        }

        /// <summary>The default comparison many calls state once, for tests that need it said.</summary>
        public const string YearOverYear = "Unless otherwise stated, all comparisons are year over year.";

        public ExtractedFigures Result { get; }
        public List<TranscriptProblem> Problems { get; }

        public static Extraction Run(FiscalPeriod period, DateTime? date, params (SpeakerRole Role, SectionKind Section, string Text)[] turns) =>
            Run(period, date, null, turns);

        public static Extraction Run(FiscalPeriod period, DateTime? date, string? company, params (SpeakerRole Role, SectionKind Section, string Text)[] turns) =>
            Run(period, date, company, CancellationToken.None, turns);

        public static Extraction Run(FiscalPeriod period, DateTime? date, string? company, CancellationToken cancellationToken, params (SpeakerRole Role, SectionKind Section, string Text)[] turns)
        {
            var figureTurns = new List<FigureTurn>();
            int line = 1;
            foreach (var (role, section, text) in turns)
            {
                var offsets = new List<int>();
                var lines = new List<int>();
                int offset = 0;
                foreach (string paragraph in text.Split('\n'))
                {
                    offsets.Add(offset);
                    lines.Add(line++);
                    offset += paragraph.Length + 1;
                }
                var speaker = new Speaker(role + " " + figureTurns.Count, role == SpeakerRole.Analyst ? "Fabrikam Securities" : company, null, role);
                figureTurns.Add(new FigureTurn(speaker, section, new TurnText(text, offsets.ToArray(), lines.ToArray())));
            }
            var source = SourceText.From(string.Join("\n", turns.Select(t => t.Text)));
            var problems = new List<TranscriptProblem>();
            var result = FigureExtractor.Extract(figureTurns, new CallContext(period, date, company), source, problems, cancellationToken);
            return new Extraction(result, problems);
        }

        public static (SpeakerRole, SectionKind, string) Cfo(string text) => (SpeakerRole.Executive, SectionKind.Presentation, text);

        public static (SpeakerRole, SectionKind, string) Answer(string text) => (SpeakerRole.Executive, SectionKind.QuestionsAndAnswers, text);

        public static (SpeakerRole, SectionKind, string) Question(string text) => (SpeakerRole.Analyst, SectionKind.QuestionsAndAnswers, text);

        public Figure Figure(string metric, string period, string? segment = null)
        {
            var found = Result.Figures.Where(f => f.Metric == metric && f.Period.ToString() == period && f.Segment == segment).ToList();
            Assert.True(found.Count == 1, $"expected one {metric} {segment} {period} figure, found {found.Count} among:\n{Describe()}");
            return found[0];
        }

        public Change Change(string metric, string versus, string? segment = null)
        {
            var found = Result.Changes.Where(c => c.Metric == metric && c.Versus.ToString() == versus && c.Segment == segment).ToList();
            Assert.True(found.Count == 1, $"expected one {metric} {segment} change against {versus}, found {found.Count} among:\n{Describe()}");
            return found[0];
        }

        public Guidance Guidance(string metric, string period, string? segment = null)
        {
            var found = Result.Guidance.Where(g => g.Metric == metric && g.Period.ToString() == period && g.Segment == segment).ToList();
            Assert.True(found.Count == 1, $"expected one {metric} {segment} outlook for {period}, found {found.Count} among:\n{Describe()}");
            return found[0];
        }

        public string Describe() =>
            string.Join("\n", Result.Figures.Select(f => "figure " + f + " " + f.Basis)
                .Concat(Result.Changes.Select(c => "change " + c))
                .Concat(Result.Guidance.Select(g => "guidance " + g + " " + g.Basis))
                .Concat(Result.Unresolved.Select(u => "unresolved " + u)));
    }
}
