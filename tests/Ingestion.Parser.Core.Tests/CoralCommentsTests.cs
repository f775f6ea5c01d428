using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CoralCommentsTests
{
    private static string Comment(string name, string replyTo = "") =>
        "<div class=\"coral coral-comment coral-indent-0\"><div class=\"coral coral-comment-topBar\"><div class=\"coral coral-comment-username\">"
        + $"<button class=\"coral coral-username\" aria-label=\"{name}\">{name}</button></div>" + replyTo
        + "<div class=\"coral coral-comment-timestamp\"><time class=\"coral coral-timestamp\" datetime=\"2019-06-12T23:05:41.118Z\">11 hours ago</time></div></div>"
        + "<div class=\"coral coral-content coral-comment-content\">Finally.</div>"
        + "<div class=\"coral coral-comment-actionBar\"><button class=\"coral coral-reactButton\">Respect 14</button><button class=\"coral coral-comment-replyButton\">Reply</button></div></div>";

    [Fact]
    public void The_writers_name_in_a_button_becomes_text_and_the_action_bar_stays_out()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\">" + Comment("Gus Fairbanks") + "</div></body></html>");
        var container = document.GetElementById("c")!;

        CoralComments.Normalise(container);

        var lines = HtmlText.Lines(container).Select(line => line.Text.Trim()).Where(line => line.Length > 0).ToList();
        Assert.Equal("Gus Fairbanks", lines[0]);
        Assert.Contains("Finally.", lines);
        Assert.DoesNotContain(lines, line => line.Contains("Respect", StringComparison.Ordinal) || line.Contains("Reply", StringComparison.Ordinal));
    }

    [Fact]
    public void The_name_of_the_comment_answered_and_buttons_outside_a_comment_stay_buttons()
    {
        var replyTo = "<div class=\"coral coral-comment-inReplyTo\">In reply to <button class=\"coral coral-username\">Deb</button></div>";
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"c\"><button class=\"coral-username\">Sign in</button>"
            + Comment("MarkupMatt", replyTo) + "</div></body></html>");
        var container = document.GetElementById("c")!;

        CoralComments.Normalise(container);

        var buttons = container.QuerySelectorAll("button.coral-username").Select(button => button.TextContent).ToList();
        Assert.Equal(["Sign in", "Deb"], buttons);
        Assert.Equal("MarkupMatt", container.QuerySelector("span.coral-username")!.TextContent);
    }
}
