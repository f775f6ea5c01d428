using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// An HTML page's comment thread: found by its usual containers, by a heading over it or by a count in a bold cell,
/// then rendered to lines and read by the plain-text comment rules.
/// </summary>
internal static class HtmlCommentSection
{
    private static readonly SimpleSelectors CommentContainers = new(
    [
        "#comments", "#commentlisting", "#disqus_thread", "#coral_talk_stream", "#coral_thread", "#comments-block", ".comments-area", ".comment-list", ".commentlist", "#commentaires", "#kommentare",
        // A German template's thread box by its class ("div.kommentare" > "div.kommentar-item"), as "#kommentare" names it by its id.
        ".kommentare",
        "#comentarios", ".comments", "[data-testid='comments']", "section[id*='comment']", "div[id*='comment']", "[class*='comments']", "[class*='responsesStream']",
        ".echo-stream-container", ".fyre-comment-stream",
        // Israeli dailies' readers' responses, numbered and titled under "Talkbacks (8)".
        "#talkbacks", "[class*='talkback']",
    ]);

    /// <summary>The thread's comments, and the count its heading or a link to it declares; the thread leaves the document.</summary>
    public static (IReadOnlyList<ParsedComment> Comments, int? DeclaredCount) Read(IDocument document)
    {
        var boardCount = PhpBbPosts.Gather(document) ?? PhpBb2Posts.Gather(document);
        // Read before the container goes: a speech-bubble icon may itself be taken for the thread's box and removed.
        var iconCount = CommentIconCount.Of(document);
        // "<span class="comments-link"><a>5 commentaires</a></span>" in the byline links to the thread; it holds none.
        // "<body class="has-comments">" says the template shows a thread, somewhere inside it. Plone's comment form carries
        // its action in its class ("kssattr-formname-…/@@comments"): a form is where a comment is written, not the thread.
        // A button whose class names the thread ("comments-button") opens it; it holds none (ThreadActionButtonCount reads its count).
        // The byline row beside the headline, classed for the count widget placed in it, holds none either (CommentClassedHeaderRow).
        // Nor does a frame round the headline and the story ("content-with-comments", HeadlineFrame).
        // Nor a card of nothing but the comment form and its heading, classed as the thread's card (CommentFormCard).
        var container = CommentContainers.FirstMatch(document, element => element.LocalName is not ("span" or "a" or "button" or "body" or "html" or "form") && !IsInSidebar(element) && !IsOneComment(element) && !IsLinkToThread(element) && !EmptyThreadAnchor.Is(element) && !TrackbackSection.Holds(element) && !CommentNamedCategoryBox.Is(element) && !CommentClassedHeaderRow.Is(element) && !BoxInsideCommentForm.Is(element) && !CommentFormTitleBox.Is(element) && !CommentFormCard.Is(element) && !HeadlineFrame.Holds(element))
            ?? MainPostBox.Replies(document)
            ?? PloneDiscussion.ThreadIn(document)
            ?? HeadedSection(document)
            ?? NumberedHeaderSection(document)
            ?? SectionOpenedByBoldCount(document)
            ?? ForumSection(document)
            ?? ThreadBarSection(document)
            ?? VBulletinPosts.ThreadIn(document)
            ?? CommentBoxesCommonBox.Of(document)
            // "<div class="Comments">" round items whose parts the markup names ("CommentAuthor", "CommentMessage"): a
            // forum plugin's copied replies, in a box no other container finds (NamedPartComments).
            ?? NamedPartComments.Box(document);
        // "<div id="nbcomments"><p>160 commentaires</p></div><div><ul class="fig-comments">…": the count's box is the
        // thread's header; the thread is the box after it (CountOnlyThreadBox).
        int? countBoxCount = null;
        if (container is not null && !IsHeading(container) && CountOnlyThreadBox.ThreadAfter(container, out var boxCount) is { } thread)
        {
            countBoxCount = boxCount;
            container.Remove();
            container = thread;
        }

        // Classic WordPress themes give the id to the heading ("<h3 id="comments">3 Responses</h3>"), not to a section.
        if (container is not null && IsHeading(container))
        {
            container = SectionOpenedBy(document, container);
        }

        if (container is null || container.LocalName is "body" or "html")
        {
            // An AMP page or a teaser links to a thread it does not show ("See all 23 comments" → "…#comments").
            return ([], boardCount ?? CountOfLinkTo(document, ids: []) ?? ForumLinkCount.Of(document) ?? ThreadActionButtonCount.Of(document) ?? iconCount);
        }

        var headingAbove = HeadingAbove(container);
        var declaredAbove = countBoxCount
            ?? (headingAbove is null ? ThreadHeaderOverBox.Count(container) : CommentHeadings.DeclaredCount(Whitespace.Collapse(HeadingIn(headingAbove).TextContent)));
        if (headingAbove is not null && declaredAbove is not null && !IsHeading(headingAbove))
        {
            // "<div class="d2-discussion-header"><h3>comments (342)</h3><p>Sign in …</p><div>Order by …</div></div>": the
            // thread's header box, with its sign-in note and sort controls, goes with the thread.
            headingAbove.Remove();
        }

        var declaredInside = declaredAbove is null ? ThreadHeaderBox.Take(container) : null;
        var countAfter = ThreadLinkAfterList.CountAfter(container);
        RemoveFormHeadingAfter(container);
        if ((DisqusPluginComments.Read(container) ?? LivefyreUntimedComments.Read(container)) is { Count: > 0 } served)
        {
            // "<div class="fyre-comment-count"><span>2 comments</span></div>" in the stream's own header (LivefyreUntimedComments).
            declaredInside ??= LivefyreUntimedComments.StatedCount(container);
            // The Disqus plugin's copy served in the page: no times, so no header a line rule reads; its markup names the parts.
            var servedParent = container.ParentElement;
            container.Remove();
            return (served, declaredAbove ?? declaredInside ?? CountOfLinkTo(document, ThreadBoxIds.Of(container, servedParent)) ?? countAfter ?? boardCount);
        }

        RemovePingbacks(container);
        // "<div class="comment author-main-comment">By: Writer / time / "Headline"</div>": the post heading the thread (ThreadHeadEntry).
        ThreadHeadEntry.Remove(document, container);
        CommentFormBox.RemoveFrom(container);
        VBulletinPosts.Normalise(container);
        FacebookPluginSubtitles.Remove(container);
        FacebookPluginComments.Normalise(container);
        CoralComments.Normalise(container);
        CommentNameBadges.Remove(container);
        CommenterPublicationLink.Remove(container);
        CommentFollowerCounts.Remove(container);
        CommenterBioTeaser.Remove(container);
        CommentPlaceSpans.Remove(container);
        StampAboveCitedName.Normalise(container);
        AvatarInitials.Remove(container);
        CommentSystemCredit.Remove(container);
        RoleButtonControls.Remove(container);
        CommentDropdownMenus.Remove(container);
        CommentReportLink.Remove(container);
        CommentVoteTallies.Remove(container);
        ResponseButtonLinks.Remove(container);
        CommentControlLinks.Remove(container);
        CommentPermalinkLabel.Remove(container);
        // "<a href="…#comment-12">1 year</a>" after the commenter's name: the comment's age, printed without its "ago" (BareAgePermalink).
        BareAgePermalink.Mark(container);
        // SPIP's hReview comments name the story again in each header ("En réponse à : Headline", ReviewedItemInCommentHeader).
        ReviewedItemInCommentHeader.Remove(container);
        FoldedCommentEllipsis.Remove(container);
        CommentSubjectHeadings.Remove(container);
        SpacerCellDepth.Mark(container);
        ReplyClassDepth.Mark(container);
        // "panel" beside "panel comment-reply-panel": the same flat list marked by a longer token (ReplyNamedClassToken).
        ReplyNamedClassToken.Mark(container);
        var parentBeforeRemoval = container.ParentElement;
        container.Remove();
        var lines = HtmlText.Lines(container);
        // "<h3>Comments (2,417)</h3>" over "ul.ugccmt-comments": with the count above the list, a "Replies (15)" button
        // under a comment inside it is that comment's count, and the list's first line is already a comment.
        int? declared = declaredAbove ?? declaredInside;
        var start = 0;
        var end = lines.Count;
        // Read outside the markup scope the comment reader enters below, as the thread's heading lines are.
        var pageLines = new PageLines(lines);
        for (var i = 0; i < lines.Count && declared is null; i++)
        {
            if (ThreadEndCountLink.Is(lines[i].Text, i, lines.Count) && CommentHeadings.DeclaredCount(lines[i].Text) is { } linked)
            {
                declared = linked;
                end = i;
                break;
            }

            // "Laisser un commentaire" names one comment, but it is the form's heading.
            // "9Reply" / "1 reply" under a comment: that comment's count of replies, no heading of the thread (ReplyCountUnderComment).
            if (CommentHeadings.DeclaredCount(lines[i].Text) is { } count && CommentHeadings.Classify(lines[i].Text) != CommentHeadings.Kind.Form && !ButtonTallyRow.Is(lines[i].Text, count)
                && !ReplyCountUnderComment.Is(pageLines, i, threadStart: 0))
            {
                declared = count;
                start = i + 1;
            }
            else if (i + 1 < lines.Count && BadgeCount(lines[i].Text, lines[i + 1].Text) is { } badge)
            {
                // "<div><h3>Discussion</h3><span>7</span></div>": the count badge renders as a line of its own.
                declared = badge;
                start = i + 2;
            }
        }

        // "<a aria-label="…, currently there is 1 comment"><strong aria-hidden="true">1</strong> COMMENTS</a>": the shown
        // number is hidden from the rendering, the label states it (AriaLabelledCountLink).
        declared ??= CountOfButtonIn(container) ?? AriaLabelledCountLink.Of(container) ?? CountOfLinkTo(document, ThreadBoxIds.Of(container, parentBeforeRemoval)) ?? countAfter ?? boardCount
            ?? ArticleBoxCountLink.Of(document, parentBeforeRemoval) ?? ThreadActionButtonCount.Of(document) ?? iconCount;
        // The lines are the markup's own, not a text browser's dump: "@ Name" opening one is a commenter's address, no bullet.
        using var markup = MarkupLines.Enter();
        var parsed = TextCommentParser.Parse(new PageLines(lines).Range(start, end - start));
        // "December 21, 2014 handle:" over the text: no header the line rules read, but the markup names each part (NamedPartComments).
        return (parsed.Count == 0 && NamedPartComments.Read(container) is { Count: > 0 } named ? named : parsed, declared);
    }

    /// <summary>
    /// "&lt;h4&gt;Add comment&lt;/h4&gt;&lt;form&gt;" right after the thread (JComments): the form's heading goes with the
    /// thread, since the form itself never reaches the text but its heading would.
    /// </summary>
    private static void RemoveFormHeadingAfter(IElement container)
    {
        // "<a id="addcomments" href="#addcomments"></a><h4>Add comment</h4>": an empty anchor may stand between them.
        var next = container.NextElementSibling;
        while (next is { LocalName: "a" } && string.IsNullOrWhiteSpace(next.TextContent) && next.ChildElementCount == 0)
        {
            next = next.NextElementSibling;
        }

        if (next is not null && IsHeading(next)
            && CommentHeadings.Classify(Whitespace.Collapse(next.TextContent)) == CommentHeadings.Kind.Form)
        {
            next.Remove();
        }
    }

    /// <summary>
    /// "&lt;li class="pingback"&gt;Food trucks get their blocks | Valley Eats says: … [&amp;#8230;]": WordPress marks another
    /// blog's link to the post by its class; it is no comment, though the list shows it as one.
    /// </summary>
    private static void RemovePingbacks(IElement container)
    {
        foreach (var ping in container.SelectAll("li.pingback, li.trackback").ToList())
        {
            ping.Remove();
        }
    }

    private static int? BadgeCount(string heading, string next) =>
        next.Length is > 0 and <= 6 && int.TryParse(next, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var count)
        && CommentHeadings.Classify(heading) == CommentHeadings.Kind.Plain
            ? count
            : null;

    /// <summary>"&lt;div id="comment_7b1e"&gt;": one comment's anchor (a separator and a token with a digit after the word), not the thread.</summary>
    private static bool IsOneComment(IElement element)
    {
        var id = element.Id.AsSpan();
        var word = id.LastIndexOf("comment", StringComparison.OrdinalIgnoreCase);
        if (word < 0 || word + 8 >= id.Length || id[word + 7] is not ('-' or '_'))
        {
            return false;
        }

        var token = id[(word + 8)..];
        return token.IndexOfAny('-', '_') < 0 && token.ContainsAnyInRange('0', '9');
    }

    /// <summary>
    /// "&lt;li class="comments"&gt;&lt;a href="#commenting"&gt;Comments&lt;/a&gt;&lt;/li&gt;" in the article's tool bar: a box holding only
    /// a link to the thread, not the thread.
    /// </summary>
    /// <remarks>
    /// IconBesideCountLink: "&lt;li title="Read comments" class="comments"&gt;&lt;a href="…#comments" class="comments-icon"&gt;&lt;/a&gt;
    /// &lt;a class="comment_count" href="…#comments"&gt;5&lt;/a&gt;&lt;/li&gt;" in the byline row: the counter's icon link and its
    /// number link, both to the thread, are the count widget as one link is, no thread; its count is read from the link.
    /// </remarks>
    private static bool IsLinkToThread(IElement element)
    {
        if (element.ChildElementCount is 0 or > 2 || !NodeText.IsShorterThan(element, 60))
        {
            return false;
        }

        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName != "a" || child.GetAttribute("href")?.Contains('#') != true)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A "Recent comments" widget in the sidebar lists other pages' comments, not this page's thread; the headlined
    /// article's own aside, where some templates set the thread, is no sidebar (ArticleOwnAside).
    /// </summary>
    private static bool IsInSidebar(IElement element) => element.ParentElement?.Nearest("aside, [role='complementary']") is { } aside && !ArticleOwnAside.Is(aside);

    /// <summary>A header box: its heading, a sign-in note, and sort and paging controls.</summary>
    private const int HeaderBoxLength = 400;

    /// <summary>The heading itself, or the first heading inside a header box.</summary>
    private static IElement HeadingIn(IElement headingOrBox) => IsHeading(headingOrBox) ? headingOrBox : headingOrBox.Children.FirstOrDefault(IsHeading) ?? headingOrBox;

    /// <summary>The heading a few elements above a list, past a sort bar or a moderation note.</summary>
    private static IElement? HeadingAbove(IElement container)
    {
        var above = container.PreviousElementSibling;
        for (var step = 0; step < 3 && above is not null; step++, above = above.PreviousElementSibling)
        {
            // "<div class="nujij__header"><span>NUjij</span> <h3>87 reacties</h3></div>": a header box holding the heading.
            if (IsHeading(above) || (NodeText.IsShorterThan(above, HeaderBoxLength) && above.Children.Any(IsHeading)))
            {
                return above;
            }
        }

        return null;
    }

    /// <summary>
    /// "5 comments" in the article's toolbar: a link to the comment section, when the section states no count. The link
    /// may spell out the page's own address before the fragment (Squarespace, Tumblr: "…/why-the-ferry…#comments-5396…"),
    /// and Disqus' counter links to "#disqus_thread". WordPress links a post's count to the reply form ("#respond") while
    /// the thread is empty, so "0 Comment" in the entry meta names it by that fragment.
    /// </summary>
    private static int? CountOfLinkTo(IDocument document, IReadOnlyList<string> ids)
    {
        var addresses = PageAddress.Of(document);
        foreach (var link in document.SelectAll("a[href*='#']"))
        {
            var href = link.GetAttribute("href").AsSpan();
            var hash = href.IndexOf('#');
            if (hash > 0 && !PageAddress.IsOneOf(href[..hash], addresses))
            {
                continue;
            }

            var target = href[(hash + 1)..];
            if ((target.Contains("comment", StringComparison.OrdinalIgnoreCase) || BareCount.IsThreadTarget(target) || ThreadBoxIds.Holds(ids, target))
                && CountLinkLabel(link) is { } label
                && (CommentHeadings.DeclaredCount(label) ?? JapaneseCommentCount.Of(label) ?? (BareCount.IsThreadTarget(target) || ThreadBoxIds.Holds(ids, target) ? BareCount.Of(label) : null)
                    // "<a href="#comentarios">Comentarios</a> <span>15</span>": the count in a badge after the bare word (CountBadgeBesideThreadLink).
                    ?? CountBadgeBesideThreadLink.Of(link, label)) is { } count)
            {
                return count;
            }
        }

        // "…/story/?comments=1": the thread on the story's own address, asked for by a query (CommentsQueryCountLink).
        // "/discuss/2010/08/13/story": the thread on a page of its own, the story's path under one more segment (DiscussionPageCountLink).
        return CommentsQueryCountLink.Of(document, addresses) ?? DiscussionPageCountLink.Of(document, addresses);
    }

    /// <summary>
    /// A count link's words: short, or a count followed by the link's invitation ("0 comments Join the conversation",
    /// ConversationInviteAfterCount); else null.
    /// </summary>
    private static string? CountLinkLabel(IElement link)
    {
        var length = link.TextContent.Length;
        if (length < 40)
        {
            return Whitespace.Collapse(link.TextContent);
        }

        return length < 200 && ConversationInviteAfterCount.Without(Whitespace.Collapse(link.TextContent)) is { Length: < 40 } label ? label : null;
    }

    /// <summary>
    /// "&lt;button&gt;Comments (1,382)&lt;/button&gt;" opening a thread that loads on a click: the button's count is the
    /// thread's, though a button's label never reaches the text; a toggle's state labels after it ("There are 0 comments.
    /// Add yours. Hide them.") are no part of it (<see cref="ThreadStateAfterCount"/>).
    /// </summary>
    private static int? CountOfButtonIn(IElement container) =>
        container.SelectAll("button").Select(button => ThreadStateAfterCount.Without(Whitespace.Collapse(button.TextContent)))
            .Where(label => label.Length < 40).Select(CommentHeadings.DeclaredCount).FirstOrDefault(count => count is not null);

    /// <summary>
    /// The section a "Comments (7)" or "Contributions (5)" heading opens, whatever its class: its parent when the heading
    /// comes first in it, else the heading and what follows it, since the parent also holds the article.
    /// </summary>
    private static IElement? HeadedSection(IDocument document)
    {
        var heading = document.SelectAll("h2, h3, h4")
            .FirstOrDefault(heading => CommentHeadings.Classify(Whitespace.Collapse(heading.TextContent)) is CommentHeadings.Kind.Count or CommentHeadings.Kind.Plain
                && !CrossheadNamedComment.Is(heading));
        // "<section class="category"><div id="comment"><h2>Comment</h2><p>…": a newsletter's opening note, the first of its categories.
        // A "Comment" crosshead between the text's paragraphs heads the writer's view, not the thread (CrossheadNamedComment).
        return heading is null || heading.ParentElement is { } box && box.FirstElementChild == heading && CommentNamedCategoryBox.Is(box)
            ? null : SectionOpenedBy(document, heading);
    }

    /// <summary>
    /// "&lt;div class="titlebar"&gt;Kommentare&lt;/div&gt;&lt;div&gt;&lt;h3&gt;#1 Kommentar von Mirabell&lt;/h3&gt; 4. Mai 2004, 09:02 &lt;p&gt;…&lt;/p&gt;&lt;/div&gt;":
    /// a hand-made site heads each comment with its number (NumberedCommentHeader) and the thread with a bare title bar. The
    /// section opens at that bar, right before the first comment's box, or at the box itself.
    /// </summary>
    private static IElement? NumberedHeaderSection(IDocument document)
    {
        if (document.SelectAll("h2, h3, h4, h5").FirstOrDefault(header => NumberedCommentHeader.Is(Whitespace.Collapse(header.TextContent))) is not { ParentElement: { LocalName: not ("body" or "html") } box })
        {
            return null;
        }

        var heading = box.PreviousElementSibling is { ChildElementCount: 0 } above && CommentHeadings.Classify(Whitespace.Collapse(above.TextContent)) == CommentHeadings.Kind.Plain
            ? above
            : box;
        return SectionOpenedBy(document, heading);
    }

    /// <summary>
    /// "&lt;td&gt;&lt;font&gt;&lt;b&gt;Comments (3)&lt;/b&gt;&lt;/font&gt;&lt;/td&gt;": table-era pages set the heading in a bold cell or a
    /// banner table. The heading box is the largest element around it that holds little more than the count (a "Post a
    /// comment" link beside it); the section runs from there to the end of the cell that holds the story.
    /// </summary>
    private static IElement? SectionOpenedByBoldCount(IDocument document)
    {
        // A div-soup page ("<div class="cmh">Reader Comments (3)</div>") sets it in a div of nothing but the count.
        var heading = document.SelectAll("td, th, b, strong, div")
            .FirstOrDefault(element => element.ChildElementCount <= (element.LocalName == "div" ? 0 : 1) && ShownLength.Of(element.TextContent) < 80
                && CommentHeadings.Classify(Whitespace.Collapse(element.TextContent)) is CommentHeadings.Kind.Count);
        if (heading is null)
        {
            return null;
        }

        while (heading.ParentElement is { LocalName: not ("body" or "html") } box && ShownLength.Of(box.TextContent) < HeadingBoxLength)
        {
            heading = box;
        }

        return SectionOpenedBy(document, heading);
    }

    /// <summary>
    /// "&lt;p&gt;&lt;b&gt;Reader Forum&lt;/b&gt; &lt;font&gt;(6 messages) &lt;a&gt;Post a message&lt;/a&gt;&lt;/font&gt;&lt;/p&gt;": an older site's forum
    /// under the story, headed by a paragraph of the board's name and its count; its messages follow as paragraphs.
    /// </summary>
    private static IElement? ForumSection(IDocument document)
    {
        var heading = document.SelectAll("p")
            .FirstOrDefault(element => ShownLength.Of(element.TextContent) < 80 && ForumMessageCount.DeclaredCount(Whitespace.Collapse(element.TextContent)) is not null);
        if (heading?.ParentElement is not { } parent)
        {
            return null;
        }

        // "<HR>" under the last message ends the board; the site's boxes of links, forecasts and ads follow it.
        var section = document.CreateElement("div");
        parent.InsertBefore(section, heading);
        while (section.NextSibling is { } next && next is not IElement { LocalName: "hr" })
        {
            section.AppendChild(next);
        }

        return section;
    }

    /// <summary>
    /// "&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Headline&lt;/b&gt; | &lt;a&gt;Login/Create an Account&lt;/a&gt; | &lt;b&gt;4&lt;/b&gt; comments&lt;/td&gt;…": PHP-Nuke's
    /// thread bar is a table of its own, with the threshold and sort controls; the comments' tables follow it.
    /// </summary>
    private static IElement? ThreadBarSection(IDocument document)
    {
        var bar = document.SelectAll("td")
            .FirstOrDefault(cell => ShownLength.Of(cell.TextContent) < 160 && cell.SelectFirst("td") is null
                && ThreadBarCount.DeclaredCount(Whitespace.Collapse(cell.TextContent)) is not null);
        return bar?.Nearest("table") is { } table ? SectionOpenedBy(document, table) : null;
    }

    /// <summary>A count, a "Post a comment" link and a line of house rules; a cell with a story in it is far longer.</summary>
    private const int HeadingBoxLength = 300;

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static IElement? SectionOpenedBy(IDocument document, IElement heading)
    {
        // "<div class="discussion-header"><h3>Discussion</h3> 57 replies</div>": the header box opens the section, not the heading.
        while (heading.ParentElement is { } box && box.FirstElementChild == heading && ShownLength.Of(box.TextContent) < 200
            && box.ClassName is { } boxClass && boxClass.Contains("head", StringComparison.OrdinalIgnoreCase)
            && box.ParentElement is { LocalName: not ("body" or "html") })
        {
            heading = box;
        }

        if (heading.ParentElement is not { } parent || parent.FirstElementChild == heading)
        {
            return heading.ParentElement;
        }

        var section = document.CreateElement("div");
        parent.InsertBefore(section, heading);
        while (section.NextSibling is { } next)
        {
            section.AppendChild(next);
        }

        return section;
    }
}
