namespace Ingestion.Parser.Core;

/// <summary>
/// "Dana Ruiz owns shares of Harbor Freight Lines. Tidewater Money owns shares of and recommends Harbor Freight Lines and
/// Pell &amp; Harrow. Tidewater Money has a disclosure policy.": an investing site's holdings note under the text, set without
/// the "Disclosure:" label <see cref="HoldingsDisclosure"/> reads, ends by pointing to the site's disclosure policy. Ended so
/// and speaking of holdings it is that note, no part of the story; a sentence that only names a policy stays.
/// Cost: a length test and one suffix compare per line; the phrase search only for a line ending so.
/// </summary>
internal static class DisclosurePolicyNote
{
    private const int LongestNote = 600;

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 40 and < LongestNote && text.TrimEnd().EndsWith("disclosure policy.", StringComparison.OrdinalIgnoreCase);
}
