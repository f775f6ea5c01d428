namespace Ingestion.Parser.Core;

/// <summary>
/// The indentation of comment headers, with one-column differences taken as one level: <c>w3m -dump</c> centres a
/// comment's cells in its table row, so flat comments start at columns 7 and 8 by the length of their text, while a
/// reply is indented by a list's two to four columns.
/// </summary>
internal sealed class HeaderIndents
{
    private readonly Dictionary<int, int> _levels = [];

    public HeaderIndents(IEnumerable<int> indents)
    {
        foreach (var indent in indents.Distinct().Order())
        {
            _levels[indent] = _levels.TryGetValue(indent - 1, out var level) ? level : indent;
        }
    }

    public int Level(int indent) => _levels.TryGetValue(indent, out var level) ? level : indent;
}
