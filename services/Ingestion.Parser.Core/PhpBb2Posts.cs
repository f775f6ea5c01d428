using System.Globalization;
using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// phpBB 2's topic table ("table.forumline", the subSilver template every phpBB 2 board and its copies shipped): each
/// post a row of two cells, the poster's (`span.name`, then "Joined: …", "Posts: …", "Location: …" in
/// `span.postdetails`) and the message's ("Posted: Thu Sep 26, 2013 7:48 pm  Post subject: Re: …" over an `hr` and the
/// text in `span.postbody`, a quote in a table of its own with "Name wrote:" over `td.quote`), then a row of profile and
/// message buttons with "Back to top". Small papers of the 2000s printed a story's forum topic under it ("Discuss this
/// article") with no comment container around the table. The posts are gathered into one thread, each set out as a
/// reader takes it (name, then date, over its text); the poster's box, the subject and the buttons are furniture, and
/// the footer row ("All times are GMT - 7 Hours") gives the dates their zone, as on phpBB 3.
/// </summary>
internal static class PhpBb2Posts
{
    /// <summary>
    /// Gathers the page's phpBB 2 posts into a "div.comments" thread where their table stood; returns the count of replies
    /// the line over the table states ("4 replies · Go to this topic …"), or null.
    /// </summary>
    public static int? Gather(IDocument document)
    {
        var table = document.SelectAll("table.forumline").FirstOrDefault(candidate => candidate.SelectFirst("span.name") is not null && candidate.SelectFirst("span.postbody") is not null);
        if (table?.ParentElement is not { } parent)
        {
            return null;
        }

        var zone = BoardTimeZone.Of(document);
        var thread = document.CreateElement("div");
        thread.ClassName = "comments";
        foreach (var name in table.SelectAll("span.name").ToList())
        {
            if (name.Nearest("tr") is { } row && row.Children.Length >= 2 && row.Children[^1].SelectFirst("span.postbody") is { } firstBody
                && firstBody.Nearest("td") is { } bodyCell)
            {
                var date = DateOf(row.Children[^1]);
                if (date.Length > 0 && zone is not null)
                {
                    date += " " + zone;
                }

                thread.AppendChild(ForumPostComment.Create(document, Whitespace.Collapse(name.TextContent), date, Text(document, bodyCell)));
            }
        }

        if (thread.ChildElementCount == 0)
        {
            return null;
        }

        var declared = RepliesOver(table);
        // The footer row ("All times are GMT - 7 Hours") stays in the page, outside the thread: it names the zone of the
        // story's own time too (BoardTimeZone.Applied), which is read after the thread has left the document.
        if (table.SelectFirst("td.catBottom") is { } footer && BoardTimeZone.Of(document) is not null)
        {
            var note = document.CreateElement("p");
            note.TextContent = Whitespace.Collapse(footer.TextContent);
            parent.InsertBefore(note, table.NextSibling);
        }

        parent.ReplaceChild(thread, table);
        return declared;
    }

    /// <summary>"Posted: Thu Sep 26, 2013 7:48 pm  Post subject: Re: …": the clock between the two labels.</summary>
    private static string DateOf(IElement messageCell)
    {
        foreach (var details in messageCell.SelectAll("span.postdetails"))
        {
            var text = Whitespace.Collapse(details.TextContent);
            if (!text.StartsWith("Posted:", StringComparison.Ordinal))
            {
                continue;
            }

            var subject = text.IndexOf("Post subject:", StringComparison.Ordinal);
            return (subject < 0 ? text[7..] : text[7..subject]).Trim();
        }

        return string.Empty;
    }

    /// <summary>
    /// The message cell's text: each `span.postbody` a block of its own, and a quote table ("Ridge Road Rick wrote:" over
    /// `td.quote`) one paragraph of the label and the quoted words, as a reader quotes it (phpBB 3's quotes read so too).
    /// </summary>
    private static IElement Text(IDocument document, IElement bodyCell)
    {
        var text = document.CreateElement("div");
        foreach (var child in bodyCell.Children.ToList())
        {
            if (child.LocalName == "table" && child.SelectFirst("td.quote") is { } quoted)
            {
                var label = child.SelectFirst("span.genmed") is { } genmed ? Whitespace.Collapse(genmed.TextContent) : string.Empty;
                var paragraph = document.CreateElement("p");
                paragraph.TextContent = Whitespace.Collapse(label + " " + quoted.TextContent);
                text.AppendChild(paragraph);
            }
            else if (child.ClassList.Contains("postbody") && ShownLength.Of(child.TextContent) > 0)
            {
                var block = document.CreateElement("div");
                block.AppendChild(child);
                text.AppendChild(block);
            }
        }

        return text;
    }

    /// <summary>
    /// The count over the table: "4 replies · Go to this topic in the forums", the topic's reply count on the line right
    /// over it, or a site's comment bar there ("&lt;td class="commentbar1"&gt;Reader comments (4)&lt;/td&gt;", a Geeklog site
    /// printing its comments in phpBB 2's template) whose short cell reads as a thread heading.
    /// </summary>
    private static int? RepliesOver(IElement table)
    {
        var previous = table.PreviousElementSibling;
        while (previous is { LocalName: "br" })
        {
            previous = previous.PreviousElementSibling;
        }

        if (previous is null)
        {
            return null;
        }

        var text = Whitespace.Collapse(previous.TextContent);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (text.Length < 160 && space > 0 && text.AsSpan(space + 1).StartsWith("repl", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(0, space), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        return previous.SelectAll("*").Prepend(previous)
            .Where(element => element.ChildElementCount == 0 && ShownLength.Of(element.TextContent) < 80)
            .Select(element => CommentHeadings.DeclaredCount(Whitespace.Collapse(element.TextContent)))
            .FirstOrDefault(declared => declared is not null);
    }
}
