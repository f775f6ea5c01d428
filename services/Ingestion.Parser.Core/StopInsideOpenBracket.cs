namespace Ingestion.Parser.Core;

/// <summary>
/// "Tuesday, May 6, 2014 at 5:30 PM (at the station, 12 Quay Street, 2nd Fl. Harbor Board Room)": a full stop inside a
/// bracket that is still open when it comes ("Fl.", "Bldg.") shortens a word of the bracketed note; the sentence has not
/// ended there, so the capitalised words after it, up to the closing bracket, are no photographer's name after a caption's
/// last sentence. A caption's own credit follows a sentence whose brackets are all closed.
/// Cost: one scan of the text before the stop, counting two characters.
/// </summary>
internal static class StopInsideOpenBracket
{
    /// <summary>Whether more brackets open than close in <paramref name="beforeStop"/>, the text before the full stop.</summary>
    public static bool Is(ReadOnlySpan<char> beforeStop) => beforeStop.Count('(') > beforeStop.Count(')');
}
