namespace Ingestion.Parser.Core;

/// <summary>
/// "Permalink Submitted by Bob Ferrante on March 12, 2013 - 10:18pm.": Drupal themes print each comment's permalink
/// before its "Submitted by" line, and a rendering runs the two together; the link's word is no part of the signature.
/// </summary>
internal static class PermalinkBeforeSignature
{
    private const string Permalink = "Permalink ";

    private static readonly PrefixSet Signatures = new(["submitted by ", "posted by "]);

    public static string Strip(string line) =>
        line.StartsWith(Permalink, StringComparison.OrdinalIgnoreCase) && Signatures.MatchLength(line.AsSpan(Permalink.Length)) > 0 ? line[Permalink.Length..] : line;
}
