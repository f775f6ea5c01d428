using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReplyToggleWordsTests
{
    [Fact]
    public void The_toggle_to_a_folded_reply_is_a_button_and_the_reply_answers_its_comment()
    {
        var page = DailyThreadPage.Parse(DailyThreadPage.Thread);

        Assert.Equal(["Et les plaisanciers de passage, ils paieront aussi la digue ?"], page.Comments[2].Paragraphs);
        Assert.Equal("Soizic Le Du", page.Comments[3].Author);
        Assert.Equal(3, page.Comments[3].Parent);
    }

    [Fact]
    public void A_sentence_using_the_words_stays_text()
    {
        // Control: "lire" and "la" in a comment's sentence are no buttons.
        var page = DailyThreadPage.Parse([DailyThreadPage.Thread[0] with { Text = "Il faut lire la délibération avant de critiquer le conseil." }, .. DailyThreadPage.Thread[1..]]);

        Assert.Equal(["Il faut lire la délibération avant de critiquer le conseil."], page.Comments[0].Paragraphs);
    }
}
