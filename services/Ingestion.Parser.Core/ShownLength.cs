namespace Ingestion.Parser.Core;

/// <summary>
/// The length of an element's text as a browser shows it: whitespace runs count as one space, the ends not at all. A
/// length threshold on raw text content would count the markup's indentation, so the same "Reader Comments (3)" box
/// measures 150 characters when minified and 400 when a template or an editor indents every cell on a line of its own.
/// </summary>
internal static class ShownLength
{
    public static int Of(string text)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            length += pendingSpace ? 2 : 1;
            pendingSpace = false;
        }

        return length;
    }
}
