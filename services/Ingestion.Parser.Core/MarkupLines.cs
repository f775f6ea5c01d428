namespace Ingestion.Parser.Core;

/// <summary>
/// Whether the lines being read were rendered from an HTML page's own markup rather than printed by a text browser or
/// pasted: a fact of the whole thread that line rules several calls deep need, set for the thread while the HTML path
/// reads its comment section (parsing is synchronous), as <see cref="NumericDateOrder"/> is for the page.
/// </summary>
internal static class MarkupLines
{
    [ThreadStatic]
    private static bool current;

    public static bool Current => current;

    /// <summary>Until the returned scope is disposed, the lines read on this thread are the markup's own.</summary>
    public static Scope Enter()
    {
        var previous = current;
        current = true;
        return new Scope(previous);
    }

    public readonly struct Scope(bool previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }
}
