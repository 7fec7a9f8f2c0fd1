using System;
using System.Diagnostics;
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
        public void A_ten_megabyte_line_is_read_in_bounded_time(TranscriptLayout layout)
        {
            var watch = Stopwatch.StartNew();
            var result = EarningsCall.Parse(OneHugeLine.Value, "huge.txt", new TranscriptParseOptions { Layout = layout, ExtractFigures = false });
            watch.Stop();
            Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCode.InternalError);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{layout}: {watch.Elapsed}");
        }

        [Theory]
        [MemberData(nameof(Layouts))]
        public void Many_short_label_and_heading_lines_are_read_in_bounded_time(TranscriptLayout layout)
        {
            var builder = new StringBuilder();
            string[] lines =
            {
                "Operator", "Jane Roe - Chief Executive Officer", "Question-and-Answer Session", "Jane Roe: Thank you.", "## Q&A",
                "John Doe -- Fabrikam -- Analyst", "Our next question comes from John Doe with Fabrikam.", "", "Call participants:", "**Date:** 2025-01-02",
            };
            for (int i = 0; builder.Length < 8 * 1024 * 1024; i++) builder.Append(lines[i % lines.Length]).Append('\n');
            var watch = Stopwatch.StartNew();
            var result = EarningsCall.Parse(builder.ToString(), "many.txt", new TranscriptParseOptions { Layout = layout, ExtractFigures = false });
            watch.Stop();
            Assert.DoesNotContain(result.Problems, p => p.Code == ProblemCode.InternalError);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{layout}: {watch.Elapsed}");
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
    }
}
