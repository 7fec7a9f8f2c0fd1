using System;
using System.Collections.Generic;
using System.Threading;
using TypedTranscripts.Generator.Emit;
using TypedTranscripts.Structure;

namespace TypedTranscripts.Generator.Pipeline
{
    /// <summary>
    /// One transcript parsed: the model (value-equal, so an unchanged result stops the pipeline), its diagnostics, and the
    /// class names it asks for. No Roslyn symbol, syntax or location in here.
    /// </summary>
    internal sealed record ParsedTranscript(string Path, string RelativePath, EarningsCall? Call,
        EquatableArray<DiagnosticInfo> Diagnostics, string CompanyClass, string CallClass);

    internal static class ParseStage
    {
        public static ParsedTranscript Parse(TranscriptFile file, GeneratorOptions options, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>();
            try
            {
                var text = file.Text.GetText(cancellationToken);
                if (text is null)
                {
                    diagnostics.Add(DiagnosticInfo.AtFile(ProblemCode.UnreadableFile,
                        $"The transcript '{file.RelativePath}' could not be read (missing file, or a directory, or no access).", file.Path));
                    return Failed(file, diagnostics);
                }
                var parseOptions = file.Metadata.ToParseOptions(options.MaxLength, out var metadataProblem);
                if (metadataProblem is not null) diagnostics.Add(DiagnosticInfo.AtFile(ProblemCode.InvalidOption, metadataProblem, file.Path));

                // Checked before the text is copied into a string: a huge file costs nothing but this diagnostic.
                if (text.Length > options.MaxLength)
                {
                    diagnostics.Add(DiagnosticInfo.AtFile(ProblemCode.FileTooLarge, Problems.FileTooLargeMessage(text.Length, options.MaxLength), file.Path));
                    return Failed(file, diagnostics);
                }
                var result = TranscriptParser.Parse(text.ToString(), file.RelativePath, parseOptions, cancellationToken);
                foreach (var problem in result.Problems) diagnostics.Add(DiagnosticInfo.From(problem, file.Path));
                if (result.Call is null) return Failed(file, diagnostics);

                var (company, call) = ClassNames.For(result.Call, file.Metadata.CompanyClassName, file.Metadata.ClassName, file.RelativePath);
                return new ParsedTranscript(file.Path, file.RelativePath, result.Call, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), company, call);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                diagnostics.Add(DiagnosticInfo.AtFile(ProblemCode.InternalError,
                    $"TypedTranscripts failed on '{file.RelativePath}' ({exception.GetType().Name}: {exception.Message}); the other transcripts are still generated. Please report it with the file.",
                    file.Path));
                return Failed(file, diagnostics);
            }
        }

        private static ParsedTranscript Failed(TranscriptFile file, List<DiagnosticInfo> diagnostics) =>
            new ParsedTranscript(file.Path, file.RelativePath, null, new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()), "", "");
    }
}
