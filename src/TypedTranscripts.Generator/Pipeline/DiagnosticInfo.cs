using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TypedTranscripts.Generator.Pipeline
{
    /// <summary>
    /// A diagnostic as plain values: pipeline outputs must not hold a <see cref="Location"/> (it roots syntax trees and
    /// defeats caching). Turned into a <see cref="Diagnostic"/> only when reported.
    /// </summary>
    internal sealed record DiagnosticInfo(ProblemCode Code, string Message, string? FilePath, int Start, int Length,
        int Line, int Column, int EndLine, int EndColumn)
    {
        public static DiagnosticInfo From(TranscriptProblem problem, string filePath)
        {
            var at = problem.Location;
            return new DiagnosticInfo(problem.Code, problem.Message, filePath, at.Start, at.Length, at.Line - 1, at.Column, at.EndLine - 1, at.EndColumn);
        }

        public static DiagnosticInfo AtFile(ProblemCode code, string message, string? filePath) =>
            new DiagnosticInfo(code, message, filePath, 0, 0, 0, 0, 0, 0);

        public Diagnostic ToDiagnostic()
        {
            var location = FilePath is null
                ? Location.None
                : Location.Create(FilePath, new TextSpan(Math.Max(0, Start), Math.Max(0, Length)),
                    new LinePositionSpan(new LinePosition(Math.Max(0, Line), Math.Max(0, Column)), new LinePosition(Math.Max(0, EndLine), Math.Max(0, EndColumn))));
            return Diagnostic.Create(DiagnosticDescriptors.For(Code), location, Emit.CSharpText.DiagnosticText(Message));
        }
    }
}
