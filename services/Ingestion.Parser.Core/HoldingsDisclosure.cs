using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Disclosure: Gideon Farr-Whitley owns shares of Pell &amp; Harrow. MarketHarbor has no position in any of the stocks
/// mentioned.": a business site's note under the text on what the writer or the site holds in the stocks named. Like a
/// contributor's tagline it is about the writer, no part of the story. A disclosure that speaks of no holding ("Disclosure:
/// the paper's owner sits on the museum's board") is the editor's note to the story and stays.
/// </summary>
internal static class HoldingsDisclosure
{
    private static readonly PhraseSet HoldingWords = new(
        ["position", "shares", "stock", "holdings", "long in", "short in", "is long ", "is short ", "owns no ", "holds no ", "am long ", "am short "]);

    public static bool Is(ReadOnlySpan<char> text) =>
        (text.Length is > 14 and < 400 && text[0] is 'D' or 'd'
        && text.StartsWith("disclosure", StringComparison.OrdinalIgnoreCase) && text["disclosure".Length..].TrimStart() is [':' or '-' or '–' or '—', ..]
        && HoldingWords.FoundIn(text))
        // "Name owns shares of X. The Site owns shares of and recommends X, Y. The Site has a disclosure policy.": the
        // same note without its label, known by its pointer to the site's policy (DisclosurePolicyNote).
        || (DisclosurePolicyNote.Is(text) && HoldingWords.FoundIn(text))
        // The same note set as one sentence a writer in a paragraph of its own (HoldingsStatementNote), and the paragraph
        // under it that ends with the site's pointer to its policy (DisclosurePolicyPointer).
        || HoldingsStatementNote.Is(text) || DisclosurePolicyPointer.Ends(text);
}
