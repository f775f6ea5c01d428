namespace Ingestion.Parser.Core;

/// <summary>
/// "Sign the Guest Book" / "Offer a condolence or share a memory of Harold." / "Your name" / "Your city, state" / "Your
/// message" / "Submit": an obituary's guest book form, printed over its entries. Its lead-in and its field labels are
/// no entry's text.
/// </summary>
internal static class GuestBookForm
{
    private static readonly PrefixSet LeadIns = new(
        ["offer a condolence", "offer condolences", "offer your condolences", "share a memory", "share your memories", "leave a condolence", "express your condolences"]);

    /// <summary>What a guest book field asks for, after "Your".</summary>
    private static readonly WordSet Fields = new(["name", "full name", "email", "e-mail", "city", "town", "location", "state", "message", "condolence", "condolences", "memory", "relationship", "comment"]);

    private const int LongestLabel = 30;

    private const int LongestLeadIn = 120;

    public static bool Is(string text)
    {
        if (text.Length is < 9 or > LongestLeadIn || text[0] is not ('Y' or 'y' or 'O' or 'o' or 'S' or 's' or 'L' or 'l' or 'E' or 'e'))
        {
            return false;
        }

        if (text.Length <= LongestLabel && text.StartsWith("Your ", StringComparison.OrdinalIgnoreCase))
        {
            var field = text.AsSpan(5).Trim(" :*");
            var cut = field.IndexOfAny(',', '/', ' ');
            return !Words.EndsSentence(field) && Words.Count(field) <= 3 && (Fields.Contains(field) || (cut > 0 && Fields.Contains(field[..cut])));
        }

        // "Offer a condolence or share a memory of Harold.": one sentence, the form's invitation.
        return LeadIns.Matches(text) && Words.Count(text) <= 16 && text.IndexOf(". ", StringComparison.Ordinal) < 0;
    }
}
