using System;
using System.Collections.Generic;
using System.Threading;
using TypedTranscripts.Layouts;
using TypedTranscripts.Text;

namespace TypedTranscripts.Structure
{
    /// <summary>The whole flow for one transcript: text, layout, structure, figures. Never throws on bad input.</summary>
    internal static class TranscriptParser
    {
        public static TranscriptParseResult Parse(string text, string path, TranscriptParseOptions options, CancellationToken cancellationToken)
        {
            var problems = new List<TranscriptProblem>();
            text ??= "";
            path ??= "";
            if (text.Length > options.MaxLength)
            {
                problems.Add(Problems.AtStart(ProblemCode.FileTooLarge, Problems.FileTooLargeMessage(text.Length, options.MaxLength)));
                return new TranscriptParseResult(null, problems);
            }
            try
            {
                var source = SourceText.From(text, cancellationToken);
                if (IsBlank(source))
                {
                    problems.Add(Problems.AtStart(ProblemCode.UnrecognisedLayout, "The transcript is empty."));
                    return new TranscriptParseResult(null, problems);
                }
                if (LooksBinary(source))
                {
                    problems.Add(Problems.AtLine(ProblemCode.UnrecognisedLayout, source, source.LineIndexOf(source.Findings.FirstControl), Problems.Format(
                        "The file holds binary data, not text: it has {0:N0} control characters such as NUL. A transcript is plain text; one in UTF-16 needs its byte-order mark.",
                        source.Findings.ControlCharacters)));
                    return new TranscriptParseResult(null, problems);
                }
                if (source.Findings.Undecodable > 0)
                {
                    // The compiler reads a file that is not UTF-8 (Windows-1252, say) with U+FFFD for each byte it cannot decode:
                    // names with such letters are no names, so say why, where.
                    problems.Add(Problems.AtLine(ProblemCode.UnreadableFile, source, source.LineIndexOf(source.Findings.FirstUndecodable), Problems.Format(
                        "The text has {0:N0} characters that could not be decoded (U+FFFD), the first on this line: if the file is not UTF-8 (Windows-1252, say), save it as UTF-8.",
                        source.Findings.Undecodable)));
                }

                ITranscriptLayout? layout = options.Layout != TranscriptLayout.Unknown ? LayoutDetector.Find(options.Layout) : LayoutDetector.Detect(source);
                if (layout is null)
                {
                    problems.Add(Problems.AtLine(ProblemCode.UnrecognisedLayout, source, FirstNonBlank(source), Problems.Format(
                        options.Layout != TranscriptLayout.Unknown
                            ? "The layout '{1}' was requested but is not one this version reads (it reads {0})."
                            : "The text matches none of the transcript layouts tried ({0}); set the Layout metadata to force one.",
                        LayoutDetector.Names, options.Layout)));
                    return new TranscriptParseResult(null, problems);
                }

                var doc = layout.Read(source, cancellationToken);
                problems.AddRange(doc.Problems);
                if (doc.Unreadable) return new TranscriptParseResult(null, Problems.Sorted(problems));
                var unresolved = new List<UnresolvedStatement>();
                var call = CallBuilder.Build(doc, source, path, options, problems, unresolved, cancellationToken);
                return new TranscriptParseResult(call, Problems.Sorted(problems), unresolved);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException && exception is not StackOverflowException)
            {
                // A bug of ours must not cost the user their build: report it, with enough to file an issue.
                problems.Add(Problems.AtStart(ProblemCode.InternalError, Problems.Format(
                    "TypedTranscripts failed on this transcript ({0}: {1}); please report it with the file.", exception.GetType().Name, exception.Message)));
                return new TranscriptParseResult(null, problems);
            }
        }

        /// <summary>
        /// Text has no control characters but the odd stray one; one in a hundred is data, or UTF-16 read as UTF-8.
        /// Counted against the characters of the lines, so that line endings (CRLF or LF) change nothing.
        /// </summary>
        private static bool LooksBinary(SourceText source)
        {
            if (source.Findings.ControlCharacters == 0) return false;
            long characters = 0;
            for (int i = 0; i < source.LineCount; i++) characters += source.Length(i);
            return source.Findings.ControlCharacters >= characters / 100;
        }

        private static bool IsBlank(SourceText source)
        {
            for (int i = 0; i < source.LineCount; i++)
            {
                if (!source.Span(i).IsBlank) return false;
            }
            return true;
        }

        private static int FirstNonBlank(SourceText source)
        {
            for (int i = 0; i < source.LineCount; i++)
            {
                if (!source.Span(i).IsBlank) return i;
            }
            return 0;
        }
    }
}
