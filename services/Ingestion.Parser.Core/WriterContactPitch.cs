namespace Ingestion.Parser.Core;

/// <summary>
/// "Need my help? You can get in touch with me here.", "Want a talk at your firm? Contact me here!": a blogger's pitch
/// under the text, a question to the reader and then a link ("here") to reach the writer, as "Reach Name at …" and
/// the writer's e-mail line are contact lines, no body. A first-person contact phrase after the question and the line
/// ending on "here" (the link's words) keep a quoted question of the text ("Why? Contact me, she said.") in the body.
/// </summary>
internal static class WriterContactPitch
{
    private const int MaxLength = 120;

    private static readonly System.Buffers.SearchValues<string> ContactPhrases = System.Buffers.SearchValues.Create(
        ["get in touch with me", "contact me", "hire me", "reach me", "work with me", "write to me", "email me", "e-mail me"],
        StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text)
    {
        // The question mark is asked first: few short lines hold one.
        if (text.Length > MaxLength || text.IndexOf('?') is not (> 0 and var question))
        {
            return false;
        }

        var end = text.TrimEnd(".!");
        if (!end.EndsWith(" here", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return text[(question + 1)..].IndexOfAny(ContactPhrases) >= 0;
    }
}
