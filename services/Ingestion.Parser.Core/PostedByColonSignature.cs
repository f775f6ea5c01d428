namespace Ingestion.Parser.Core;

/// <summary>
/// "Posted by: Frank Lobo | March 12, 2013 at 10:14PM": Movable Type, TypePad and Squarespace sign each comment under its
/// text with the labelled name and time. The label with its colon is a footer's, never a header's over the text, so a
/// thread of such lines is signed at the foot even where a reader mode dropped the "Reply" link under the last one.
/// </summary>
internal static class PostedByColonSignature
{
    private const string Label = "Posted by: ";

    public static bool Is(string line) =>
        line.Length > Label.Length && line.AsSpan().TrimStart().StartsWith(Label, StringComparison.OrdinalIgnoreCase);
}
