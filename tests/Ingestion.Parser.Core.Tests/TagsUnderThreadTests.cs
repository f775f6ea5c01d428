using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TagsUnderThreadTests
{
    private const string Thread = "12 Comments\n\nEvan Marchetti\nAnn Arbor, MI\nRussia got exactly what it wanted.\n\nRead More Comments\n\n";

    private static List<string> Read(string text)
    {
        var lines = new PageLines(TextLine.Split(text));
        var footer = lines.FindIndex(line => line.Text.StartsWith('©'));
        return TagsUnderThread.Read(lines, new CommentSection(1, footer < 0 ? lines.Count : footer, 0, 12));
    }

    [Fact]
    public void A_tag_label_over_its_tags_closing_the_thread_gives_them() =>
        Assert.Equal(["Syria", "Chemical Warfare", "Kerry, John"],
            Read(Thread + "Get Free E-mail Alerts on These Topics\nSyria\nChemical Warfare\nKerry, John\n\n© 2013 The New York Ledger Company"));

    [Fact]
    public void A_comment_under_the_label_is_no_tag_list() =>
        Assert.Empty(Read(Thread + "Topics\nI agree with every word of this, and I said so last week as well.\n\n© 2013 The New York Ledger Company"));

    [Fact]
    public void A_thread_closing_on_a_comment_gives_no_tags() => Assert.Empty(Read(Thread + "© 2013 The New York Ledger Company"));

    [Fact]
    public void With_no_blank_lines_the_label_run_on_under_the_thread_still_gives_its_tags() =>
        Assert.Equal(["Syria", "Chemical Warfare", "Kerry, John"],
            Read(Thread.Replace("\n\n", "\n", StringComparison.Ordinal) + "Get Free E-mail Alerts on These Topics\nSyria\nChemical Warfare\nKerry, John\n© 2013 The New York Ledger Company"));

    [Fact]
    public void With_no_blank_lines_a_comment_line_under_the_label_still_gives_no_tags() =>
        Assert.Empty(Read(Thread.Replace("\n\n", "\n", StringComparison.Ordinal) + "Topics\nSyria\nI agree with every word of this, and I said so last week as well.\n© 2013 The New York Ledger Company"));
}
