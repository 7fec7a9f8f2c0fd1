using System;
using System.IO;
using System.Linq;
using TypedTranscripts.Layouts;
using TypedTranscripts.Tests.Infrastructure;
using TypedTranscripts.Text;
using Xunit;

namespace TypedTranscripts.Tests.Layouts
{
    public class LayoutDetectionTests
    {
        [Theory]
        [InlineData("SeekingAlpha/contoso-q4-fy2025.txt", TranscriptLayout.SeekingAlpha)]
        [InlineData("SeekingAlpha/northwind-f2q09.txt", TranscriptLayout.SeekingAlpha)]
        [InlineData("MotleyFool/fabrikam-q3-2023.txt", TranscriptLayout.MotleyFool)]
        [InlineData("MotleyFool/relecloud-q4-2025.txt", TranscriptLayout.MotleyFool)]
        [InlineData("Markdown/tailspin-q2-2025.md", TranscriptLayout.Markdown)]
        [InlineData("Markdown/woodgrove-fy2024.md", TranscriptLayout.Markdown)]
        [InlineData("Plain/adventureworks-q1-2026.txt", TranscriptLayout.Plain)]
        [InlineData("Json/coho-q3-2025.json", TranscriptLayout.Json)]
        [InlineData("Unlabelled/wingtip-q2-2025.txt", TranscriptLayout.Unlabelled)]
        public void Fixtures_are_detected_as_their_layout(string fixture, TranscriptLayout expected)
        {
            var source = SourceText.From(TextDecoder.Decode(File.ReadAllBytes(Corpus.Fixture(fixture))));
            Assert.Equal(expected, LayoutDetector.Detect(source)?.Kind);
        }

        [Theory]
        [InlineData("jnpr-q3-2009.txt", TranscriptLayout.StreetEvents)]
        [InlineData("amt-q3-2022.txt", TranscriptLayout.StreetEvents)]
        [InlineData("msft-q4-fy2018.txt", TranscriptLayout.SeekingAlpha)]
        [InlineData("aapl-q3-fy2025.md", TranscriptLayout.Markdown)]
        public void Corpus_files_are_detected_as_their_layout(string file, TranscriptLayout expected)
        {
            var source = SourceText.From(TextDecoder.Decode(File.ReadAllBytes(Corpus.PathOf(file))));
            Assert.Equal(expected, LayoutDetector.Detect(source)?.Kind);
        }

        [Fact]
        public void No_other_layout_claims_the_street_events_files_more_strongly()
        {
            foreach (var file in new[] { "jnpr-q3-2009.txt", "amt-q3-2022.txt" })
            {
                var source = SourceText.From(TextDecoder.Decode(File.ReadAllBytes(Corpus.PathOf(file))));
                int streetEvents = LayoutDetector.Find(TranscriptLayout.StreetEvents)!.Detect(source);
                foreach (var layout in LayoutDetector.All.Where(l => l.Kind != TranscriptLayout.StreetEvents))
                    Assert.True(layout.Detect(source) < streetEvents, $"{layout.Name} claims {file} with {layout.Detect(source)} against {streetEvents}");
            }
        }

        [Fact]
        public void Text_of_no_layout_gets_one_diagnostic_naming_the_layouts_tried_and_no_call()
        {
            var result = EarningsCall.Parse("Shopping list\nmilk\neggs\nbread\n", "list.txt");
            Assert.False(result.Succeeded);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(ProblemCode.UnrecognisedLayout, problem.Code);
            foreach (var layout in LayoutDetector.All) Assert.Contains(layout.Name, problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_layout_kind_is_registered_once_and_found_by_name()
        {
            var kinds = Enum.GetValues(typeof(TranscriptLayout)).Cast<TranscriptLayout>().Where(k => k != TranscriptLayout.Unknown).ToArray();
            Assert.Equal(kinds.OrderBy(k => k), LayoutDetector.All.Select(l => l.Kind).OrderBy(k => k));
            foreach (var layout in LayoutDetector.All) Assert.Same(layout, LayoutDetector.FindByName(layout.Name));
        }

        [Fact]
        public void A_forced_layout_reads_text_that_detection_would_give_to_another()
        {
            // Plain "Name: text" lines that also satisfy the markdown reader once forced.
            const string text = "Operator: Welcome to the Contoso Q1 2026 earnings call.\n\nJane Roe: Revenue grew.\n\nJohn Doe: Thanks.\n";
            Assert.Equal(TranscriptLayout.Plain, EarningsCall.Parse(text, "c.txt").Call!.Layout);
            var forced = EarningsCall.Parse(text, "c.txt", new TranscriptParseOptions { Layout = TranscriptLayout.Markdown });
            Assert.Equal(TranscriptLayout.Markdown, forced.Call!.Layout);
            Assert.Equal(3, forced.Call.Turns.Count);
        }
    }
}
