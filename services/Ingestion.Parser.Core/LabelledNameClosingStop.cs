namespace Ingestion.Parser.Core;

/// <summary>
/// "By: Quay Watcher, Dock Farmer." over "12.09.2016 @ 6:00 PM": a commenter's display name with a role after its comma,
/// closed by a full stop, under the thread's "By:" label. The stop ends no sentence, so it keeps the line from reading as
/// a name over the comment's time, and the comment would run into the one above. After a "By:" label, a line of a name,
/// a comma and a role whose only full stop is its last character is the name line without it; the role then goes as in
/// "Name, Role". A sentence ("By: the way, I agree.") still fails the name test. Cost: asked of the line above each date
/// line in a thread: a prefix compare, then a last-character and comma check.
/// </summary>
internal static class LabelledNameClosingStop
{
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> line)
    {
        var text = line.TrimEnd();
        return text.Length > 8 && text[^1] == '.' && text.StartsWith("By: ", StringComparison.OrdinalIgnoreCase)
            && text.IndexOf(", ", StringComparison.Ordinal) > 4 && text[..^1].IndexOf('.') < 0
            ? text[..^1]
            : line;
    }
}
