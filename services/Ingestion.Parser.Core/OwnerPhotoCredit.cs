namespace Ingestion.Parser.Core;

/// <summary>
/// "U.S. COAST GUARD PHOTO", "Chugach Courier photo", "NASA photo": a picture handed out by an agency, a company or the
/// paper's own archive is credited with its owner's name and the word "photo", alone on its line under the caption.
/// The owner is one to three capitalised words; a sentence ends with a stop, and a headline ending in "Photo" runs longer.
/// </summary>
internal static class OwnerPhotoCredit
{
    private const string Ending = " photo";
    private const int MaxLength = 40;
    private const int MaxOwnerWords = 3;

    public static bool Is(ReadOnlySpan<char> text)
    {
        // The length and the last letter are asked first: most lines fail them.
        if (text.Length is <= 8 or > MaxLength || text[^1] is not ('o' or 'O') || !text.EndsWith(Ending, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var owner = text[..^Ending.Length].Trim();
        // "Before/after photo" pairs two pictures; an owner's name holds no slash.
        if (owner.IsEmpty || Words.EndsSentence(owner) || owner.ContainsAnyInRange('0', '9') || owner.Contains('/'))
        {
            return false;
        }

        var words = 0;
        foreach (var range in owner.Split(' '))
        {
            if (owner[range] is not [var first, ..] || !char.IsUpper(first) || ++words > MaxOwnerWords || (words == 1 && ButtonVerbs.Contains(owner[range])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"View Photo", "Buy Photo", "Next Photo": a picture's button names what it does, no owner.</summary>
    private static readonly WordSet ButtonVerbs = new(
        "view", "see", "enlarge", "zoom", "next", "previous", "prev", "buy", "order", "share", "email", "print", "submit", "upload", "add",
        "download", "open", "close", "hide", "show", "expand", "more", "all", "back", "your", "my", "our");
}
