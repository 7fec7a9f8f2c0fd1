using Microsoft.CodeAnalysis;

namespace TypedTranscripts.Generator
{
    /// <summary>Placeholder until the pipeline lands in the next commit.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TranscriptGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
        }
    }
}
