using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The normalisers that undo other scraping tools' output: w3m's wrapped lines, html2text's Markdown, get_text's split elements.</summary>
public class TextDumpNormalizerTests
{
    private static List<string> Texts(List<TextLine> lines) => [.. lines.Where(line => !line.IsBlank).Select(line => line.Text)];

    [Fact]
    public void A_dump_wrapped_at_a_terminal_width_is_joined_without_a_reference_list()
    {
        var text = string.Join('\n',
            "The council voted on Monday to approve the new bridge over the river after two",
            "years of debate.",
            "",
            "Work will start in the spring and last eighteen months, the roads department",
            "said, at a cost of twelve million dollars that the state will share with the",
            "county.",
            "",
            "[IMG]",
            "───────────────────────────────");

        Assert.Equal(
            [
                "The council voted on Monday to approve the new bridge over the river after two years of debate.",
                "Work will start in the spring and last eighteen months, the roads department said, at a cost of twelve million dollars that the state will share with the county.",
            ],
            Texts(TextBrowserDump.Normalize(TextLine.Split(text))));
    }

    [Fact]
    public void Short_lines_that_merely_fit_a_terminal_stay_apart()
    {
        var text = string.Join('\n', "Harbor Ledger", "Ferry resumes in May", "By Ana Ruiz", "April 2, 2014", "The ferry resumes on May 12.");

        Assert.Equal(["Harbor Ledger", "Ferry resumes in May", "By Ana Ruiz", "April 2, 2014", "The ferry resumes on May 12."], Texts(TextBrowserDump.Normalize(TextLine.Split(text))));
    }

    [Fact]
    public void A_table_heading_row_over_a_rule_is_not_joined_to_the_row_under_the_rule()
    {
        var text = string.Join('\n',
            "   The fire was reported at about 9:40 p.m. by a passing motorist. Crews from",
            "   Harlow, Denton and Stanford fought it through the night.",
            "",
            "   Author              Message",
            "   ----------------------------------------------------------------------------",
            "   wheatguy_59         Posted: Thu Sep 26, 2013 7:14 am",
            "",
            "[1]Home",
            "",
            "References",
            "",
            "   1. http://paper.test/");

        Assert.Equal(
            ["The fire was reported at about 9:40 p.m. by a passing motorist. Crews from Harlow, Denton and Stanford fought it through the night.",
             "Author              Message", "wheatguy_59         Posted: Thu Sep 26, 2013 7:14 am", "Home"],
            Texts(TextBrowserDump.Normalize(TextLine.Split(text))));
    }

    [Fact]
    public void Markdown_markup_gives_way_to_the_text_a_reader_sees()
    {
        var text = string.Join('\n',
            "# Council approves flood wall",
            "**By [Hana Kowalczyk](/author/hana) and [Tom Averill](/author/tom)**",
            "![Sandbags on Mill Road. Photo: Archive](https://cdn.test/a.jpg)",
            "The plan, first set out in a [2006 study](https://x.test/s), costs **£11.8 million**\\.",
            "> Finally.",
            "* * *");

        Assert.Equal(
            ["Council approves flood wall", "By Hana Kowalczyk and Tom Averill", "Sandbags on Mill Road. Photo: Archive", "The plan, first set out in a 2006 study, costs £11.8 million.", "Finally."],
            Texts(MarkdownDump.Normalize(TextLine.Split(text))));
    }

    [Fact]
    public void Text_without_a_heading_and_links_is_not_read_as_markdown()
    {
        var text = string.Join('\n', "**Breaking**", "Posted by night_owl_ on _Monday_");

        Assert.Equal(["**Breaking**", "Posted by night_owl_ on _Monday_"], Texts(MarkdownDump.Normalize(TextLine.Split(text))));
    }

    [Fact]
    public void Elements_split_onto_lines_of_their_own_are_joined_again()
    {
        var lines = new List<string> { "Martin Sokol", "says:", "April 2, 2014 at 6:41 pm", "In reply to", "Gloria Pike", ".", "Good news." };
        lines.AddRange(Enumerable.Repeat("Reply", 14));

        var joined = Texts(InlineSplitDump.Normalize(TextLine.Split(string.Join('\n', lines))));

        Assert.Equal(["Martin Sokol says:", "April 2, 2014 at 6:41 pm", "In reply to Gloria Pike.", "Good news."], joined.Take(4));
    }

    [Fact]
    public void A_page_with_blank_lines_keeps_its_lines()
    {
        var lines = new List<string> { "Martin Sokol", "says:", "", "April 2, 2014 at 6:41 pm" };
        lines.AddRange(Enumerable.Repeat("Reply", 20));

        Assert.Equal(["Martin Sokol", "says:"], Texts(InlineSplitDump.Normalize(TextLine.Split(string.Join('\n', lines)))).Take(2));
    }
}
