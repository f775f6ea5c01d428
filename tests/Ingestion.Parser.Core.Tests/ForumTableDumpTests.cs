using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumTableDumpTests
{
    private static readonly string Forum = string.Join('\n',
        "   Readers' Forum",
        "   Author              Message",
        "",
        "   wheatguy_59         Posted: Thu Sep 26, 2013 7:14 am",
        "                       Post subject: Elevator fire",
        "",
        "                       Drove by at 11 and you could feel the heat from the",
        "                       highway.",
        "",
        "                       [ Quote ]  [ Reply ]",
        "",
        "   Dutch               Posted: Thu Sep 26, 2013 9:47 am",
        "                       Post subject: Re: Elevator fire",
        "",
        "                       Mine too.",
        "",
        "                       Does anybody know?",
        "",
        "                       [ Quote ]  [ Reply ]",
        "",
        "   Display posts from previous: [All Posts] Sort [Oldest First] [ Go ]",
        "   Copyright (c) 2013 Paper.");

    [Fact]
    public void Each_post_of_a_forum_table_is_a_name_over_its_time_and_its_joined_paragraphs()
    {
        var texts = ForumTableDump.Normalize(TextLine.Split(Forum)).Where(line => !line.IsBlank).Select(line => line.Text).ToList();

        Assert.Equal(
            ["Readers' Forum", "wheatguy_59", "Thu Sep 26, 2013 7:14 am", "Drove by at 11 and you could feel the heat from the highway.",
             "Dutch", "Thu Sep 26, 2013 9:47 am", "Mine too.", "Does anybody know?", "Copyright (c) 2013 Paper."],
            texts);
    }

    [Fact]
    public void One_posted_line_or_prose_with_the_word_is_no_forum()
    {
        var page = string.Join('\n',
            "   The notice was Posted: Thu Sep 26, 2013 on the door.",
            "   wheatguy_59         Posted: Thu Sep 26, 2013 7:14 am",
            "                       Drove by at 11.");
        var lines = TextLine.Split(page);

        Assert.Same(lines, ForumTableDump.Normalize(lines));
    }
}
