namespace Ingestion.Parser.Core;

/// <summary>Numbers comments in page order and links each reply to its parent from the nesting depth it was found at.</summary>
internal sealed class CommentThreader
{
    private readonly List<ParsedComment> _comments = [];
    private readonly Stack<(int Depth, int Ordinal)> _open = new();

    public IReadOnlyList<ParsedComment> Comments => _comments;

    public void Add(int depth, string? author, string? postedAt, IReadOnlyList<string> paragraphs)
    {
        while (_open.Count > 0 && _open.Peek().Depth >= depth)
        {
            _open.Pop();
        }

        var ordinal = _comments.Count + 1;
        int? parent = _open.Count > 0 ? _open.Peek().Ordinal : null;
        _comments.Add(new ParsedComment
        {
            Ordinal = ordinal,
            Parent = parent,
            Author = author is null ? null : CommentAuthor.Clean(author, parent is { } p ? _comments[p - 1].Author : null),
            PostedAt = postedAt,
            Paragraphs = paragraphs,
        });
        _open.Push((depth, ordinal));
    }
}
