namespace Ingestion.Parser.Core;

/// <summary>
/// "# ^ Le 2 juillet à 20:35, par Name": a forum prints each message's permalink as a bare "#" and a link up to the
/// message it answers as "^" before its header; a text browser keeps both as words of the line. They are marks, no part of
/// the header's date. Only a lone "#" or "^" followed by a space counts, so "#3 Name" (a number) and "#hashtag" stay.
/// </summary>
internal static class AnchorGlyphs
{
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> text)
    {
        while (text.Length > 2 && text[0] is '#' or '^' && text[1] == ' ')
        {
            text = text[2..].TrimStart();
        }

        return text;
    }
}
