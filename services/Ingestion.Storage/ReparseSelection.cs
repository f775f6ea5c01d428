namespace Ingestion.Storage;

/// <summary>Which stored documents to send back to the parser: all of them, or those parsed below a version.</summary>
public sealed record ReparseSelection(int? BelowVersion)
{
    public static ReparseSelection All { get; } = new((int?)null);

    public static ReparseSelection Below(int version) => new(version);
}
