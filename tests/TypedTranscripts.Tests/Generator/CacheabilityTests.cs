using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedTranscripts.Generator;
using TypedTranscripts.Tests.Infrastructure;
using Xunit;

namespace TypedTranscripts.Tests.Generator
{
    /// <summary>The incremental pipeline does no work it does not have to, and holds nothing that would defeat its cache.</summary>
    public class CacheabilityTests
    {
        private static readonly string[] TrackedSteps =
        {
            TranscriptGenerator.Steps.Files, TranscriptGenerator.Steps.Parse, TranscriptGenerator.Steps.Names, TranscriptGenerator.Steps.Emit,
        };

        private static GeneratorHarness ThreeTranscripts() => new(new[]
        {
            TranscriptInput.FromFixture("StreetEvents/contoso-q1-2010.txt", "contoso.txt"),
            TranscriptInput.FromFixture("StreetEvents/fabrikam-q2-2023.txt", "fabrikam.txt"),
            TranscriptInput.FromFixture("StreetEvents/northwind-q4-2011.txt", "northwind.txt"),
        }, "public class UserCode { }");

        [Fact]
        public void An_unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
        {
            var harness = ThreeTranscripts();
            harness.Run();
            harness.ReplaceCompilation(harness.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class MoreUserCode { public int X; }", GeneratorHarness.ParseOptions)));
            var result = harness.Run().Result.Results.Single();

            foreach (var step in TrackedSteps)
            {
                var reasons = result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
                Assert.NotEmpty(reasons);
                Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
            }
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        }

        [Fact]
        public void Editing_one_of_several_transcripts_reparses_and_reemits_only_that_one()
        {
            var harness = ThreeTranscripts();
            harness.Run();
            string edited = harness.Transcripts[1].Text.Replace("Services should stay near", "Services should remain near");
            harness.ReplaceTranscript("fabrikam.txt", edited);
            var result = harness.Run().Result.Results.Single();

            var parse = result.TrackedSteps[TranscriptGenerator.Steps.Parse].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(1, parse.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(2, parse.Count(o => o.Reason == IncrementalStepRunReason.Cached));
            Assert.Equal("fabrikam.txt", ((dynamic)parse.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value).RelativePath);

            var emit = result.TrackedSteps[TranscriptGenerator.Steps.Emit].SelectMany(s => s.Outputs).ToList();
            Assert.Equal(1, emit.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(2, emit.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

            // The names did not change, so the index is not rebuilt into anything new.
            Assert.All(result.TrackedSteps[TranscriptGenerator.Steps.Names].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        }

        [Fact]
        public void A_transcript_edit_that_changes_nothing_parsed_stops_at_the_parse_step()
        {
            var harness = ThreeTranscripts();
            harness.Run();
            harness.ReplaceTranscript("northwind.txt", harness.Transcripts[2].Text); // a save without changes: a new text instance
            var result = harness.Run().Result.Results.Single();
            Assert.Contains(result.TrackedSteps[TranscriptGenerator.Steps.Parse].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Unchanged);
            Assert.All(result.TrackedSteps[TranscriptGenerator.Steps.Emit].SelectMany(s => s.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        }

        [Fact]
        public void No_step_output_holds_a_compilation_symbol_or_syntax_node()
        {
            var harness = ThreeTranscripts();
            var result = harness.Run().Result.Results.Single();
            foreach (var step in TrackedSteps)
            {
                foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
                {
                    AssertHoldsNoRoslynState(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                }
            }
        }

        /// <summary>Walks an output's object graph: fields of our own types, items of collections.</summary>
        private static void AssertHoldsNoRoslynState(object? value, string path, HashSet<object> seen, int depth)
        {
            if (value is null || depth > 12) return;
            var type = value.GetType();
            Assert.False(value is Compilation || value is ISymbol || value is SyntaxNode || value is SyntaxTree || value is SemanticModel || value is Location,
                $"{path} holds a {type.Name}");
            if (type.IsPrimitive || value is string || value is decimal || value is DateTime || type.IsEnum) return;
            if (!type.IsValueType && !seen.Add(value)) return;
            if (value is AdditionalText) return; // compared by reference on purpose: Roslyn keeps the instance while the file is unchanged
            if (value is IEnumerable items)
            {
                int i = 0;
                foreach (var item in items) AssertHoldsNoRoslynState(item, $"{path}[{i++}]", seen, depth + 1);
                return;
            }
            if (type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true) return;
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertHoldsNoRoslynState(field.GetValue(value), path + "." + field.Name, seen, depth + 1);
            }
        }
    }
}
