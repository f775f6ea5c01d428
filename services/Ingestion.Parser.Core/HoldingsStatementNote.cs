namespace Ingestion.Parser.Core;

/// <summary>
/// "Dana Ruiz owns shares of Harbor Freight Lines. Lee Ortiz has no position in any stocks mentioned. Tidewater Money
/// recommends Pell &amp; Harrow. Tidewater Money owns shares of Harbor Freight Lines.": an investing site's holdings note
/// under a story several writers signed, one sentence a writer, too long for the "Disclosure:" readers and set apart from
/// the pointer to the site's policy (<see cref="DisclosurePolicyNote"/>). A paragraph every sentence of which states a
/// holding or a recommendation, one of them shares or a position, is that note. A paragraph with one sentence of story
/// in it ("The fund owns shares of both. Its manager said the merger would close in May.") stays.
/// Cost: asked only of a paragraph that names shares or a position, then one phrase search per sentence.
/// </summary>
internal static class HoldingsStatementNote
{
    private const int LongestNote = 2000;

    private static readonly string[] HoldingPhrases = ["owns shares", "own shares", "has no position", "have no position", "holds no position", "has a position"];

    private static readonly PhraseSet Holdings = new(HoldingPhrases);

    /// <summary>A holding, or the site's recommendation or a writer's side of a trade.</summary>
    private static readonly PhraseSet Statements = new([.. HoldingPhrases, " recommends ", " owns ", " is long ", " is short "]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length is < 60 or > LongestNote || !Holdings.FoundIn(text))
        {
            return false;
        }

        var sentences = 0;
        var rest = text.Trim();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(". ");
            var sentence = end < 0 ? rest : rest[..(end + 1)];
            if (!Statements.FoundIn(sentence))
            {
                return false;
            }

            sentences++;
            rest = end < 0 ? [] : rest[(end + 2)..].TrimStart();
        }

        // One sentence alone is a line of the story as often as a note.
        return sentences >= 3;
    }
}
