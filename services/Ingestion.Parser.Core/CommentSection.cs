namespace Ingestion.Parser.Core;

/// <summary>Where a plain-text page's comments are: from a heading after the article to the comment form or the footer.</summary>
internal readonly record struct CommentSection(int Start, int End, int ArticleEnd, int? DeclaredCount)
{
    /// <summary>A line this long is prose: headings and widgets never are, so comment headings only count after one.</summary>
    private const int ProseLength = 80;

    /// <summary>How far under the article's copyright line a counted heading may still open its thread.</summary>
    private const int HeadingUnderFooter = 12;

    public bool Exists => Start < End;

    /// <summary>
    /// A form right under the heading ("Kommentare (5)" / "Kommentar schreiben") comes before the comments, not after; one
    /// under a comment's time closes a thread of one ("soundoff (1 Response)" / "1. Name" / text / "date | Reply").
    /// </summary>
    private static bool OpensSection(PageLines lines, int start, int form)
    {
        if (start < 0)
        {
            return false;
        }

        for (var i = start + 1; i < form; i++)
        {
            if (!lines[i].IsBlank && (lines.TryParseDate(i, out _) || CommentLine.TryParseAfterActions(lines[i].Text, out _)))
            {
                return false;
            }
        }

        return NonBlankBetween(lines, start, form) <= 3 || DatedLineFollows(lines, form);
    }

    /// <summary>How far under a form a comment header's date may stand for the form to open the thread.</summary>
    private const int FirstHeaderUnderForm = 3;

    /// <summary>
    /// "Comments" / the house rules ("Keep it Clean. …") / "You must be logged in to react." / "name posted at 5:02 pm on
    /// Tue, Sep 17, 2013.": a dated comment header right under the form, and none above it, puts the form before the thread.
    /// A one-line comment's time under its text ("Post comment as..." / "Newest | Oldest" / "Ron Pelletier" / text /
    /// "Sep 27, 2013") is as near; the sort bar between is the thread's own.
    /// </summary>
    internal static bool DatedLineFollows(PageLines lines, int form)
    {
        var seen = 0;
        for (var i = form + 1; i < lines.Count && seen < FirstHeaderUnderForm; i++)
        {
            if (lines[i].IsBlank || SortOrders.IsOption(lines[i].Text))
            {
                continue;
            }

            seen++;
            if (lines[i].Text.Length <= 160 && (lines.TryParseDate(i, out _) || CommentLine.TryParseAfterActions(lines[i].Text, out _)
                || (CommentLine.TryReadAuthor(lines[i].Text, out _, out var time, out _) && time is not null)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Past the article's copyright line a counted heading opens the thread, and a plain "Comments" only right under it
    /// ("Copyright 2013 WKRV. All rights reserved." / "Comments" / the Facebook plugin), or under a link list only
    /// ("Copyright 2013 KPTV." / "Related Stories" / "• …" / "Comments"): further down it is a footer link. A plain heading
    /// over its count ("Join the Discussion" / "118 Comments, add yours") is the thread's, as the count alone would be.
    /// </summary>
    private static bool OpensPastFooter(PageLines lines, CommentHeadings.Kind kind, int earlyFooter, int heading) =>
        kind == CommentHeadings.Kind.Count || (kind == CommentHeadings.Kind.Plain && (TextLinesBetween(lines, earlyFooter, heading) == 0 || HeadingOverCount.Is(lines, heading)));

    private static int TextLinesBetween(PageLines lines, int start, int end)
    {
        var between = 0;
        var rail = false;
        for (var i = start + 1; i < end; i++)
        {
            // "Most Popular" / five headlines unbulleted: a rail's links, like a bulleted list's.
            rail = RailHeadline.Continues(lines[i].Text, rail);
            between += lines[i].IsBlank || rail || IsLinkListLine(lines[i].Text) ? 0 : 1;
        }

        return between;
    }

    /// <summary>
    /// Drupal prints "Log in or register to post comments" under the article and again under each comment: the same form
    /// line below the heading is a comment's link, not the thread's end.
    /// </summary>
    private static bool IsSameLine(PageLines lines, int first, int second) =>
        lines[first].Text.AsSpan().Trim().SequenceEqual(lines[second].Text.AsSpan().Trim());

    /// <summary>A related-links heading (<see cref="BoilerplateFilter.IsRelatedHeading"/>), or "Ähnliche Artikel" (<see cref="SimilarArticlesHeading"/>).</summary>
    private static bool IsRelatedHeading(string text) => BoilerplateFilter.IsRelatedHeading(text) || SimilarArticlesHeading.Is(text);

    /// <summary>"• Storm knocks out power to 200,000", "More from Politics": an item of a link list or the list's heading.</summary>
    private static bool IsLinkListLine(string text) =>
        (text.Length > 2 && text[1] == ' ' && text[0] is '•' or '*' or '-' or '·') || IsRelatedHeading(text);

    /// <summary>
    /// "Comment": the Facebook plugin's submit button under its form ("Add a comment..." / "Posting as Guest"), no heading;
    /// "Kommentieren", "Commenter", "Comentar", "Commenta", "Reageren" on German, French, Spanish, Italian, Portuguese and Dutch pages; "COMMENT" when the template sets its
    /// buttons in capitals.
    /// </summary>
    private static bool IsSubmitButton(string text) => SubmitButtons.Contains(text.AsSpan().Trim());

    private static readonly WordSet SubmitButtons = new(["comment", "kommentieren", "commenter", "comentar", "commenta", "reageren"]);

    /// <summary>
    /// "Replies" over a comment's answers, set in deeper (Blogger's threaded comments): a label inside the thread, not
    /// another widget's heading after it.
    /// </summary>
    private static bool IsRepliesLabel(PageLines lines, int index) =>
        lines[index].Text.AsSpan().Trim().Equals("Replies", StringComparison.OrdinalIgnoreCase)
        && lines.NextNonBlank(index, lines.Count) is var next && next < lines.Count && lines[next].Indent > lines[index].Indent;

    private static int NonBlankBetween(PageLines lines, int start, int end)
    {
        var between = 0;
        for (var i = start + 1; i < end; i++)
        {
            between += lines[i].IsBlank ? 0 : 1;
        }

        return between;
    }

    /// <summary>
    /// "Posted by … | Permalink | Comments (3) | TrackBack (0)", "Publié par … à 15:10 - Conseil municipal - Commentaires [4]
    /// - Permalien [#]": a blog's entry footer links to the comments with their count when the heading above them has none.
    /// </summary>
    private static int? CountInPostFooter(PageLines lines, int firstProse, int heading)
    {
        for (var i = Math.Max(firstProse, 0); i < heading; i++)
        {
            if (CountInLinkRow(lines[i].Text) is { } count)
            {
                return count;
            }
        }

        return null;
    }

    /// <summary>
    /// "Add a comment | See all comments | 3 comments": the row of links right under a bare "Comments" heading (a paper's
    /// Pluck blog widget) gives the count the heading leaves out.
    /// </summary>
    private static int? CountInRowUnderHeading(PageLines lines, int heading)
    {
        var next = lines.NextNonBlank(heading, lines.Count);
        return next < lines.Count && next - heading <= 2 ? CountInLinkRow(lines[next].Text) : null;
    }

    private static readonly string[] LinkSeparators = [" | ", " - "];

    /// <summary>The count one link of a "… | … | Comments (3)" or "… - Commentaires [4] - …" row names, or null.</summary>
    private static int? CountInLinkRow(string text)
    {
        if (text.Length > 200 || !Words.HasDigit(text))
        {
            return null;
        }

        foreach (var separator in LinkSeparators)
        {
            if (!text.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var range in text.AsSpan().Split(separator))
            {
                var segment = text.AsSpan(range).Trim();
                if (segment.Length < 30 && CommentHeadings.DeclaredCount(segment.ToString()) is { } count)
                {
                    return count;
                }
            }
        }

        return null;
    }

    /// <summary>How many lines after a prose line the next one may stand for both to belong to the article's text.</summary>
    private const int ProseGap = 3;

    private static bool IsProse(TextLine line) => line.Text.Length >= ProseLength && Words.EndsSentence(line.Text);

    /// <summary>
    /// Where the article's prose starts: a standfirst alone above the byline and a share row ("Comments (6)") is no start,
    /// the first of two prose lines close together is. A page with one prose line only starts there.
    /// </summary>
    private static int FirstProse(PageLines lines)
    {
        var first = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsProse(lines[i]))
            {
                continue;
            }

            first = first < 0 ? i : first;
            for (var j = i + 1; j < lines.Count && j <= i + ProseGap; j++)
            {
                if (IsProse(lines[j]))
                {
                    return i;
                }
            }
        }

        return first;
    }

    public static CommentSection Locate(PageLines lines)
    {
        // A long headline is no prose: the prose ends like a sentence.
        var firstProse = FirstProse(lines);
        int? declared = null;
        int start = -1, form = -1, footer = -1, closing = -1, earlyFooter = -1, pastFooter = 0;
        var farPair = false;
        var rail = false;
        var river = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            // Link lists under the copyright line ("Most Popular" / "• …", or its headlines unbulleted) take no part in the
            // distance to the heading.
            rail = earlyFooter >= 0 && RailHeadline.Continues(text, rail);
            pastFooter += earlyFooter >= 0 && !rail && !IsLinkListLine(text) ? 1 : 0;
            if (text.Length == 0 || text.Length > 160)
            {
                continue;
            }

            var kind = lines.HeadingKind(i);
            if (kind == CommentHeadings.Kind.Footer && PluginLabelOverThread.Opens(lines, i))
            {
                kind = CommentHeadings.Kind.Plain;
            }

            if (kind == CommentHeadings.Kind.Footer && (WidgetCreditInText.Is(lines, i) || SectionBackToTopLink.Is(lines, i)))
            {
                continue;
            }

            // "Like 88 Reply" under a comment: a button row's tally of likes, no count of the thread (ButtonTallyRow).
            if (kind == CommentHeadings.Kind.Count && (ShareCountRow.HoldsCount(lines, i) || (start < 0 && ThreadLinkOverHeading.Is(lines, i))
                || (CommentHeadings.DeclaredCount(text) is { } tally && ButtonTallyRow.Is(text, tally)) || ReplyCountUnderComment.Is(lines, i, start)))
            {
                kind = CommentHeadings.Kind.None;
            }
            else if (kind == CommentHeadings.Kind.Count && start < 0 && i > firstProse && TeaserRiverCounts.Is(lines, i, declared))
            {
                river = river < 0 ? i : river;
                kind = CommentHeadings.Kind.None;
            }

            if (kind == CommentHeadings.Kind.Count)
            {
                declared ??= CommentHeadings.DeclaredCount(text);
            }
            else if (kind == CommentHeadings.Kind.Form && CommentHeadings.IsAllCommentsLink(text))
            {
                // "Alle Kommentare (4)" over the thread, "Ver todos los comentarios (6)" under it: a link to the whole
                // thread that the form prefixes claim ("alle kommentare", "ver todos los comentarios") still counts it.
                declared ??= AllCommentsLinkCount.Read(text);
            }

            if (start < 0 && form >= 0 && kind == CommentHeadings.Kind.None && IsRelatedHeading(text) && NonBlankBetween(lines, form, i) > 3
                && !SortOrders.IsAmongOptions(lines, i))
            {
                // "Have your say" / the comments / "Trending Now": under a thread that only its form heads, a rail's
                // heading ends the thread too.
                closing = i;
                break;
            }

            if (start >= 0 && form < start && kind == CommentHeadings.Kind.None && IsRelatedHeading(text) && !SortOrders.IsAmongOptions(lines, i))
            {
                // "Related articles", "Most popular" under the thread: the article's own furniture resumes. A comment form
                // may stand above the heading ("Have your say" / "Readers' Comments" / the comments / "More from UAE").
                if (form < 0)
                {
                    form = i;
                }
                else
                {
                    closing = i;
                }

                break;
            }

            if (start >= 0 && form < 0 && i > start && kind == CommentHeadings.Kind.Count && CommentHeadings.IsAllCommentsLink(text)
                && !CommentHeadings.IsLinkToOneCommentsReplies(text, declared))
            {
                // "View All 45 Comments", "Read All Comments (86) »": the link to the full thread closes the part the page shows.
                form = i;
                break;
            }

            if (earlyFooter >= 0 && start < 0 && pastFooter > HeadingUnderFooter && !farPair)
            {
                // Further down only a heading over its count ("Conversation" / "9 Comments") still opens the thread.
                var pair = HeadingOverCount.Find(lines, i);
                if (pair < 0)
                {
                    break;
                }

                farPair = true;
                i = pair - 1;
                continue;
            }

            if (i <= firstProse || kind == CommentHeadings.Kind.None || (earlyFooter >= 0 && start < 0 && !OpensPastFooter(lines, kind, earlyFooter, i))
                || GuestBookTeaser.Is(lines, i))
            {
                continue;
            }

            if (start < 0 && kind is CommentHeadings.Kind.Count or CommentHeadings.Kind.Plain)
            {
                start = i;
            }
            else if (kind is CommentHeadings.Kind.Plain && form < 0 && NonBlankBetween(lines, start, i) > 3 && !IsSubmitButton(text) && !IsRepliesLabel(lines, i)
                && !SecondHeadingOverThread.Is(lines, start, i))
            {
                // Another widget's "Discussion" or "Comments" heading after the thread: the thread has ended.
                form = i;
                break;
            }
            else if (kind == CommentHeadings.Kind.Form && form >= 0 && form < start && closing < 0 && !OpensSection(lines, start, i)
                && !IsSameLine(lines, form, i))
            {
                // A sign-in form above the heading ("Post comment as…" / "43 Comments"), then the thread's own end ("Load more comments").
                closing = i;
                break;
            }
            else if (kind == CommentHeadings.Kind.Form && form < 0 && !OpensSection(lines, start, i) && !ReplyButtonOverComment.Is(lines, i))
            {
                form = i;
                if (start >= 0)
                {
                    break;
                }
            }
            else if (kind == CommentHeadings.Kind.Footer && start < 0 && ClosedNoticeUnderFormHeading.Is(lines, form, i))
            {
                // "Have your say" / "Comments are closed on stories 7 days after they go live." / the comments posted before.
            }
            else if (kind == CommentHeadings.Kind.Footer && start < 0 && earlyFooter < 0)
            {
                // The article's copyright line may stand between the text and its comments ("© 2013 KBN Interactive" /
                // "58 Comments"): past it only a counted heading opens a thread.
                earlyFooter = i;
            }
            else if (kind == CommentHeadings.Kind.Footer && footer < 0 && start >= 0 && i > start && !(CommentHeadings.IsClosedNotice(text) && OpensSection(lines, start, i)))
            {
                // "Comments (4)" / "Comments for this story are closed." / the comments: a closed thread's notice under its
                // heading still shows the comments posted before it closed, as a form's notice there opens the thread.
                footer = i;
                break;
            }
        }

        if (start < 0 && earlyFooter >= 0)
        {
            footer = earlyFooter;
        }

        if (start < 0 && river >= 0 && (footer < 0 || river < footer))
        {
            // Other stories' teasers with their comment counts: the article has ended, and no thread of its own follows.
            footer = river;
        }

        if (form >= 0 && (start < 0 || start > form) && SaysThreadOverForm.Find(lines, firstProse + 1, form) is >= 0 and var saysThread)
        {
            // "Tom Gerlach says:" / date / text … "Add comment": the thread stands over the form that alone is headed (a
            // "Comment" field label under the form reads as a plain heading, no thread's).
            return new CommentSection(saysThread, form, saysThread, declared);
        }

        var pageEnd = footer >= 0 ? MastheadOverFooter.Start(lines, footer) : lines.Count;
        if (start < 0)
        {
            // "Email | Print | 642 Comments": a story whose thread the scraper did not print still states its count in the
            // tool row under the byline, the only count on the page, or in the row under the text ("SHARE / TWEET / 82 COMMENTS").
            declared ??= ToolRowCount.Find(lines, 0, firstProse) ?? ToolRowCount.Find(lines, firstProse + 1, pageEnd);
        }


        if (start < 0 && form >= 0)
        {
            // Only a form heading ("Leave a Reply"): comments, if any, are listed after it, up to the sidebar's widgets.
            var threadEnd = closing > form ? closing : SidebarWidgetList.First(lines, form + 1, pageEnd) is >= 0 and var widget ? widget : pageEnd;
            return new CommentSection(form + 1, threadEnd, form, declared);
        }

        if (start < 0)
        {
            var thread = LabelledCommentHeader.FindThread(lines, firstProse + 1, pageEnd);
            return thread >= 0 ? new CommentSection(thread, pageEnd, thread, declared) : new CommentSection(pageEnd, pageEnd, pageEnd, declared);
        }

        declared ??= CountInPostFooter(lines, firstProse, start) ?? CountInRowUnderHeading(lines, start) ?? HeadingCountBadge.Read(lines, start)
            ?? ToolRowCount.Find(lines, 0, firstProse) ?? BylineRowCount.Find(lines, firstProse);
        var end = closing > start ? closing : form > start ? form : pageEnd;
        var articleEnd = form >= 0 && form < start ? form : earlyFooter >= 0 ? earlyFooter : start;
        return new CommentSection(start + 1, end, articleEnd, declared);
    }
}
