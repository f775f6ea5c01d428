namespace Ingestion.Parser.Core;

/// <summary>
/// "Ana Ruiz · Writes The Ledger Line · Sep 14, 2020": a newsletter platform's comment header names the newsletter its
/// writer publishes after the name (the post's own writer answering readers shows it on every reply). The badge is no
/// part of the name, and left in, the header reads as no name over a date and the reply is glued into the comment above.
/// </summary>
internal static class WriterPublicationBadge
{
    private const string Badge = " · Writes ";

    /// <summary>The name before the badge, or the text as it stands when it carries none.</summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> name) =>
        name.IndexOf(Badge, StringComparison.Ordinal) is > 0 and var at && at + Badge.Length < name.Length
            && char.IsUpper(name[at + Badge.Length])
            ? name[..at].TrimEnd()
            : name;
}
