using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class IconBesideShownTimeTests
{
    private static string Lines(string html)
    {
        var document = new HtmlParser().ParseDocument($"<html><body><div id=\"box\">{html}</div></body></html>");
        return string.Join("\n", HtmlText.Lines(document.GetElementById("box")!).Select(line => line.Text));
    }

    [Fact]
    public void A_clock_icon_beside_a_relative_time_leaves_the_tooltips_date_as_the_time()
    {
        var text = Lines("""<div class="wpd-comment-date" title="1. November 2023 10:50"><i class="far fa-clock" aria-hidden="true"></i> vor 1 Stunde</div>""");
        Assert.Contains("2023-11-01T10:50:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_whose_child_shows_words_of_its_own_keeps_its_shown_text()
    {
        var text = Lines("""<div title="1. November 2023 10:50"><span>Hafenmeister</span> vor 1 Stunde</div>""");
        Assert.DoesNotContain("2023-11-01", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tooltip_without_a_figure_is_no_date()
    {
        var document = new HtmlParser().ParseDocument("""<div id="b" title="Fähre teilen"><i class="icon"></i> Teilen</div>""");
        Assert.False(IconBesideShownTime.Holds(document.GetElementById("b")!, "Fähre teilen"));
    }
}
