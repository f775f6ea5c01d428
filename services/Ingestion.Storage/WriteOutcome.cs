namespace Ingestion.Storage;

public enum WriteOutcome
{
    /// <summary>A document seen for the first time.</summary>
    Stored,

    /// <summary>A newer parser's result replaced the article and comments of a stored document.</summary>
    Replaced,

    /// <summary>Content already stored by this or a newer parser: only the source was recorded.</summary>
    Duplicate,

    /// <summary>The message cannot be stored; the reason is in <c>rejects</c>.</summary>
    Rejected,
}
