namespace TypedTranscripts
{
    /// <summary>Who a speaker is on the call.</summary>
    public enum SpeakerRole
    {
        /// <summary>Neither the company, an analyst nor the operator (a guest, an unidentified voice).</summary>
        Other = 0,
        /// <summary>The company's own people: executives and investor relations.</summary>
        Executive = 1,
        /// <summary>Conference participants who ask questions.</summary>
        Analyst = 2,
        /// <summary>The conference operator, whatever the transcript calls them.</summary>
        Operator = 3,
    }

    /// <summary>The part of the call a turn belongs to.</summary>
    public enum SectionKind
    {
        /// <summary>The prepared remarks.</summary>
        Presentation = 0,
        /// <summary>The question-and-answer session.</summary>
        QuestionsAndAnswers = 1,
    }

    /// <summary>The source layout a transcript was recognised as.</summary>
    public enum TranscriptLayout
    {
        /// <summary>Not recognised.</summary>
        Unknown = 0,
        /// <summary>Thomson Reuters / Refinitiv StreetEvents text, every vintage.</summary>
        StreetEvents = 1,
        /// <summary>Seeking Alpha.</summary>
        SeekingAlpha = 2,
        /// <summary>The Motley Fool, classic and current.</summary>
        MotleyFool = 3,
        /// <summary>Markdown exports.</summary>
        Markdown = 4,
        /// <summary>Plain <c>Name: text</c> transcripts.</summary>
        Plain = 5,
        /// <summary>JSON with prepared remarks and Q&amp;A lists.</summary>
        Json = 6,
        /// <summary>Speech-to-text output with no speaker labels.</summary>
        Unlabelled = 7,
    }
}
