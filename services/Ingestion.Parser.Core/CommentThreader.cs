namespace Ingestion.Parser.Core;

/// <summary>Numbers comments in page order and links each reply to its parent from the nesting depth it was found at.</summary>
internal sealed class CommentThreader
{
    private readonly List<ParsedComment> _comments = [];
    private readonly Stack<(int Depth, int Ordinal)> _open = new();
    private readonly List<int> _depths = [];

    /// <summary>The depth of the thread's top level: a saved page's markup may indent its whole flat list.</summary>
    private int _topDepth = int.MaxValue;

    /// <summary>The deepest indentation the page has printed: one level only, and the names in the headers do the nesting.</summary>
    private int _deepestPrinted = int.MinValue;

    /// <summary>The ordinal a held place passes on when no comment stands above it.</summary>
    private const int NoComment = 0;

    /// <summary>How many comments under a flat reply are searched for the one it answers.</summary>
    private const int AnsweredBelowReach = 200;

    /// <summary>Flat replies whose named comment was not printed over them: (index, reference), answered from below at the end.</summary>
    private readonly List<(int Index, string Reference)> _answeredBelow = [];

    /// <summary>How many comments are added so far: the next one's ordinal is one more.</summary>
    public int Count => _comments.Count;

    /// <summary>The thread, once every comment is added: flat replies whose answered comment stands below them are linked last.</summary>
    public IReadOnlyList<ParsedComment> Finish()
    {
        AnswerFromBelow();
        _answeredBelow.Clear();
        return _comments;
    }

    /// <param name="replyReference">"In reply to Martin Sokol.": names the parent of a reply that the page shows unnested.</param>
    /// <param name="answeredOrdinal">"(respuesta al #2)": the ordinal of the comment a flat reply names by its number.</param>
    public void Add(int depth, string? author, string? postedAt, IReadOnlyList<string> paragraphs, string? replyReference = null, int? answeredOrdinal = null)
    {
        _topDepth = Math.Min(_topDepth, depth);
        _deepestPrinted = Math.Max(_deepestPrinted, depth);
        replyReference ??= ParentNamedAfterWriter(author, depth);
        if (answeredOrdinal is >= 1 and var answered && answered <= _comments.Count)
        {
            // A flat reply naming its parent by number: that comment, whatever the indentation (none) says.
            while (_open.Count > 0 && _open.Peek().Ordinal != answered)
            {
                _open.Pop();
            }

            if (_open.Count == 0)
            {
                _open.Push((_depths[answered - 1], answered));
            }

            depth = _depths[answered - 1] + 1;
        }
        // A reply shown unnested, or among its parent's siblings: "Response to PeteInLeeds, …" in a list of responses that all
        // sit one level under the comment opening the thread, whichever of them they answer.
        else if (replyReference is not null && LatestNamedIn(replyReference, postedAt) is { } named && (depth == _topDepth || named.Depth == depth))
        {
            while (_open.Count > 0 && _open.Peek().Ordinal != named.Ordinal)
            {
                _open.Pop();
            }

            if (_open.Count == 0)
            {
                _open.Push(named);
            }

            depth = named.Depth + 1;
        }
        else if (depth > _topDepth && replyReference is not null && !NamesTime(replyReference) && LatestNamedIn(replyReference) is { } flattened
            && flattened.Depth >= depth && _open.Contains(flattened) && _deepestPrinted <= depth)
        {
            // "PennyLane66 → Glyndwr" one level in, under "Glyndwr → ourmaninhavana" at that level: the site indents
            // every reply once and names the comment answered, which may be a reply itself. Where the page indents
            // deeper, the indentation nests and the name only repeats it. "Response to harkovian, 5 December 2013
            // 6:14pm" names the comment by its time too, which a reply of the same name does not share: there the
            // indentation decides.
            while (_open.Peek().Ordinal != flattened.Ordinal)
            {
                _open.Pop();
            }

            depth = flattened.Depth + 1;
        }

        while (_open.Count > 0 && _open.Peek().Depth >= depth)
        {
            _open.Pop();
        }

        var ordinal = _comments.Count + 1;
        int? parent = _open.Count > 0 && _open.Peek().Ordinal != NoComment ? _open.Peek().Ordinal : null;
        if (parent is null && replyReference is not null && depth == _topDepth && postedAt is not null)
        {
            _answeredBelow.Add((ordinal - 1, replyReference));
        }

        _comments.Add(new ParsedComment
        {
            Ordinal = ordinal,
            Parent = parent,
            Author = author is null ? null : CommentAuthor.Clean(author, parent is { } p ? _comments[p - 1].Author : null),
            PostedAt = postedAt,
            Paragraphs = paragraphs,
        });
        _open.Push((depth, ordinal));
        _depths.Add(depth);
    }

    /// <summary>
    /// A removed comment at this depth: replies under it answer it, so their parent is the comment it answered (null for a
    /// removed top-level comment), never the comment above it at their own depth.
    /// </summary>
    public void HoldPlace(int depth)
    {
        while (_open.Count > 0 && _open.Peek().Depth >= depth)
        {
            _open.Pop();
        }

        _open.Push((depth, _open.Count > 0 ? _open.Peek().Ordinal : NoComment));
    }

    /// <summary>
    /// "Hannah Rourke Mod Greg Talley", "Greg Talley Hannah Rourke": Disqus prints the name of the comment answered after
    /// the writer's (and the writer's badge). Where the page prints the thread flat, that name is all that nests the reply.
    /// The writer's part must be two words, end in a badge or be a user name ("LindaFromTulsa Ray Kowalczyk",
    /// "gracewanjiru Patricia Nettleton"), so that "Elton John" under a comment by "John" stays top-level.
    /// </summary>
    private string? ParentNamedAfterWriter(string? header, int depth)
    {
        if (header is null || depth != _topDepth || _deepestPrinted != _topDepth)
        {
            return null;
        }

        for (var i = _comments.Count - 1; i >= 0; i--)
        {
            if (_comments[i].Author is { Length: > 0 } parent && header.Length > parent.Length + 1 && header.EndsWith(" " + parent, StringComparison.Ordinal))
            {
                var writer = header.AsSpan(0, header.Length - parent.Length - 1).TrimEnd();
                var badged = CommentAuthor.Clean(writer.ToString(), null).Length < writer.Length;
                // "gracewanjiru Patricia Nettleton": a user name shaped as no first name is stands for the writer alone.
                return HandleBadges.IsUserName(writer) || ((badged || writer.Contains(' ')) && Words.LooksLikeName(writer)) ? header : null;
            }
        }

        return null;
    }

    /// <summary>"Response to solwayman, 13 September 2011 2:31PM": the time of the comment answered follows its writer's name.</summary>
    private static ReadOnlySpan<char> WithoutTime(ReadOnlySpan<char> reference) =>
        reference.LastIndexOf(", ") is > 0 and var comma && DateLineParser.TryParseLine(reference[(comma + 2)..], out _) ? reference[..comma] : reference;

    /// <summary>The name a reference ends with: without the answered comment's time, or its number ("Előzmény: Tiszaparti (#1)").</summary>
    private static ReadOnlySpan<char> NameEnding(string replyReference) =>
        PostNumberAfterName.Without(WithoutTime(replyReference.AsSpan())).TrimEnd(".:");

    /// <summary>"Response to harkovian, 5 December 2013 6:14pm": the reference names the answered comment's time too.</summary>
    private static bool NamesTime(string replyReference) =>
        WithoutTime(replyReference.AsSpan()).Length < replyReference.AsSpan().TrimEnd().Length;

    /// <summary>
    /// The latest comment whose author ends the reference ("In reply to Martin Sokol." names Martin Sokol), passing over
    /// one posted after the reply (a thread printed newest first shows the writer's later comments over the reply).
    /// </summary>
    private (int Depth, int Ordinal)? LatestNamedIn(string replyReference, string? postedAt = null)
    {
        var reference = NameEnding(replyReference);
        for (var i = _comments.Count - 1; i >= 0; i--)
        {
            if (Names(reference, _comments[i].Author) && !PostedBefore.Surely(postedAt, _comments[i].PostedAt))
            {
                return (_depths[i], i + 1);
            }
        }

        return null;
    }

    /// <summary>"In reply to Daniel K.": the reference's full stop is trimmed, and so is the initial's of the name it ends with.</summary>
    private static bool Names(ReadOnlySpan<char> reference, string? written) =>
        written is { Length: > 0 } && written.AsSpan().TrimEnd(".:") is { Length: > 0 } author
        && reference.EndsWith(author, StringComparison.OrdinalIgnoreCase)
        && (reference.Length == author.Length || reference[reference.Length - author.Length - 1] is ' ' or '@');

    /// <summary>
    /// "Antwort auf kritischer_leser" over a comment posted at 17:31, in a flat thread printed newest first ("Neueste zuerst",
    /// Disqus' "Sort by Newest"): no comment of that name stands over the reply, and the one it answers is the nearest under
    /// it posted before it. Only a reply with a time is answered so, and only by a comment surely posted earlier: in a
    /// thread printed oldest first a comment under the reply came after it and answers nothing.
    /// </summary>
    private void AnswerFromBelow()
    {
        foreach (var (index, replyReference) in _answeredBelow)
        {
            var reference = NameEnding(replyReference);
            // A page of thousands of unanswered references stays linear: the answered comment is a page of comments away at most.
            for (var i = index + 1; i < _comments.Count && i <= index + AnsweredBelowReach; i++)
            {
                if (Names(reference, _comments[i].Author) && PostedBefore.Surely(_comments[i].PostedAt, _comments[index].PostedAt))
                {
                    _comments[index] = _comments[index] with { Parent = i + 1 };
                    break;
                }
            }
        }

        _answeredBelow.Clear();
    }
}
