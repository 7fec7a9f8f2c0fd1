using System;
using System.Linq;
using System.Text;
using System.Threading;
using TypedTranscripts.Layouts;
using TypedTranscripts.Structure;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    /// <summary>Odd input never throws, stays linear, and honours cancellation, in every layout.</summary>
    public class LayoutRobustnessTests
    {
        public static TheoryData<TranscriptLayout> Layouts()
        {
            var data = new TheoryData<TranscriptLayout>();
            foreach (var layout in LayoutDetector.All) data.Add(layout.Kind);
            return data;
        }

        /// <summary>One 10 MB line of label-like, heading-like and cue-like pieces without a single line break.</summary>
        private static readonly Lazy<string> OneHugeLine = new(() =>
        {
            const string piece = "Jane Roe: Our next question comes from John Doe with Fabrikam. Please go ahead. Revenue -- up 5% -- Analyst (CEO): \"speech\": [{ ";
            var builder = new StringBuilder(10 * 1024 * 1024 + piece.Length);
            while (builder.Length < 10 * 1024 * 1024) builder.Append(piece);
            return builder.ToString();
        });

        [Theory]
        [MemberData(nameof(Layouts))]
        public void A_ten_megabyte_line_is_read_without_going_quadratic(TranscriptLayout layout)
        {
            var result = TranscriptParser.Parse(OneHugeLine.Value, "huge.txt", new TranscriptParseOptions { Layout = layout, ExtractFigures = false }, HangGuard());
            Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCode.InternalError);
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Many_short_label_and_heading_lines_are_read_without_going_quadratic(TranscriptLayout layout)
        {
            var builder = new StringBuilder();
            string[] lines =
            {
                "Operator", "Jane Roe - Chief Executive Officer", "Question-and-Answer Session", "Jane Roe: Thank you.", "## Q&A",
                "John Doe -- Fabrikam -- Analyst", "Our next question comes from John Doe with Fabrikam.", "", "Call participants:", "**Date:** 2025-01-02",
            };
            for (int i = 0; builder.Length < 8 * 1024 * 1024; i++) builder.Append(lines[i % lines.Length]).Append('\n');
            var result = TranscriptParser.Parse(builder.ToString(), "many.txt", new TranscriptParseOptions { Layout = layout, ExtractFigures = false }, HangGuard());
            Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCode.InternalError);
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Random_text_never_throws(TranscriptLayout layout)
        {
            var random = new Random(4);
            const string alphabet = "ab Q:-—()[]{}\",.?!\n\r\t*#_\\u0123456789Operator";
            for (int round = 0; round < 200; round++)
            {
                var chars = new char[random.Next(0, 600)];
                for (int i = 0; i < chars.Length; i++) chars[i] = random.Next(10) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)];
                var result = EarningsCall.Parse(new string(chars), "random.txt", new TranscriptParseOptions { Layout = layout });
                Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCode.InternalError);
            }
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Cancellation_is_honoured(TranscriptLayout layout)
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            var options = new TranscriptParseOptions { Layout = layout };
            Assert.ThrowsAny<OperationCanceledException>(() => TranscriptParser.Parse(OneHugeLine.Value, "huge.txt", options, cancelled.Token));
        }

        [Fact]
        public void Detection_of_random_text_never_throws()
        {
            var random = new Random(7);
            for (int round = 0; round < 200; round++)
            {
                var chars = new char[random.Next(0, 2000)];
                for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(32, 127);
                var result = EarningsCall.Parse(new string(chars), "noise.txt");
                Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCode.InternalError);
            }
        }
    
        /// <summary>A distinct two-word name for every number: "Ba Ca", "Ba Da", … (letters only, as names are).</summary>
        /// <summary>Not a timing claim (BenchmarkDotNet measures speed): a run that goes quadratic is cancelled and fails.</summary>
        private static CancellationToken HangGuard() => new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

        private static string NameOf(int n)
        {
            const string letters = "bcdfghjklmnpqrstvwxz";
            string Word(int k) => char.ToUpperInvariant(letters[k % 20]) + "a" + letters[k / 20 % 20] + "o" + letters[k / 400 % 20];
            return Word(n) + " " + Word(n / 8000 + 7);
        }

        [Fact]
        public void Many_distinct_speakers_and_listed_participants_are_all_read()
        {
            const int people = 60_000;
            var labelled = new StringBuilder("Contoso Q1 2026 Earnings Call\n\n");
            var listed = new StringBuilder("Contoso Ltd. (NASDAQ:CTSO) Q1 2026 Earnings Call\nExecutives\n");
            for (int i = 0; i < people; i++) listed.Append(NameOf(i)).Append(" - Chief Executive Officer\n");
            listed.Append("Question-and-Answer Session\n");
            for (int i = 0; i < people; i++)
            {
                labelled.Append(NameOf(i)).Append(": We grew revenue this quarter and expect more.\n\n");
                listed.Append(NameOf(people - 1 - i)).Append('\n').Append("We grew revenue this quarter and expect more.\n");
            }
            foreach (var (text, layout) in new[] { (labelled.ToString(), TranscriptLayout.Plain), (listed.ToString(), TranscriptLayout.SeekingAlpha) })
            {
                var result = EarningsCall.Parse(text, "many.txt", new TranscriptParseOptions { ExtractFigures = false });
                Assert.Equal(layout, result.Call!.Layout);
                Assert.Equal(people, result.Call.Turns.Count);
            }
        }

        [Fact]
        public void Resolving_thousands_of_namesakes_compares_each_name_with_a_bounded_number_of_others()
        {
            const int people = 20_000; // three last names among twenty thousand people, and first names a letter apart
            var directory = new TypedTranscripts.Structure.SpeakerDirectory(Array.Empty<TypedTranscripts.Layouts.Participant>());
            for (int i = 0; i < people; i++)
                directory.Resolve(new TypedTranscripts.Layouts.RawTurn(NameOf(i), null, null, SectionKind.Presentation, i + 1, default));
            Assert.True(directory.Comparisons <= 200L * people, $"{directory.Comparisons:N0} comparisons for {people:N0} people");
        }
    }
}
