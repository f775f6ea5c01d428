using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TopicButtonRowTests
{
    [Fact]
    public void A_row_of_buttons_opening_topic_pages_under_the_text_gives_the_tags_over_the_kickers_topic_link()
    {
        var page = ColumnGuidePage.Parse();

        Assert.Equal(["Ferries", "Harbours", "Night Crossings"], page.Tags);
    }

    [Fact]
    public void Without_the_row_the_topic_links_are_read_as_before()
    {
        var page = ColumnGuidePage.Parse(topicButtons: string.Empty);

        Assert.Equal(["Harbours"], page.Tags);
    }

    [Fact]
    public void One_topic_button_alone_is_no_row()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><p>Text.</p><div><button onclick=\"location.href='/news/topics/ferries'\">Ferries</button></div></body></html>");

        Assert.Empty(TopicButtonRow.Tags(document));
    }

    [Fact]
    public void Buttons_opening_other_pages_or_running_other_scripts_are_no_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div><button onclick=\"location.href='/subscribe'\">Subscribe</button> <button onclick=\"location.href='/account/login'\">Log in</button>"
            + " <button onclick=\"share('/news/topics/ferries')\">Share</button> <button onclick=\"print()\">Print</button></div></body></html>");

        Assert.Empty(TopicButtonRow.Tags(document));
    }

    [Fact]
    public void Topic_buttons_in_the_sites_menu_are_no_storys_tags()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><nav><button onclick=\"location.href='/news/topics/ferries'\">Ferries</button> <button onclick=\"location.href='/news/topics/harbours'\">Harbours</button></nav>"
            + "<h1>Ferry crews learn the night tides</h1><p>Text.</p></body></html>");

        Assert.Empty(TopicButtonRow.Tags(document));
    }

    [Fact]
    public void Buttons_in_another_parent_than_the_first_rows_are_left_out()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><div><button onclick=\"location.href='/tag/ferries/'\">Ferries</button> <button onclick=\"location.href='/tag/tides/'\">Tides</button></div>"
            + "<div><button onclick=\"location.href='/tag/elections/'\">Elections</button></div></body></html>");

        Assert.Equal(["Ferries", "Tides"], TopicButtonRow.Tags(document));
    }
}
