using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HandleShapedNameTests
{
    [Theory]
    [InlineData("jdm_boulder")]
    [InlineData("MountainMom303")]
    [InlineData("truth_teller_77")]
    public void An_account_name_with_an_underscore_or_digit_is_a_handle(string word) => Assert.True(HandleShapedName.Is(word));

    [Theory]
    [InlineData("Elton")]
    [InlineData("wanderingfeet")]
    [InlineData("2013")]
    [InlineData("Mary Ann")]
    public void A_plain_word_a_number_or_two_words_is_no_handle(string word) => Assert.False(HandleShapedName.Is(word));

    [Fact]
    public void A_flat_disqus_reply_by_a_handle_is_nested_under_the_comment_it_names()
    {
        var threader = new CommentThreader();
        threader.Add(0, "Kathy Brannigan", null, ["My sister lives in Lyons."]);
        threader.Add(0, "jdm_boulder Kathy Brannigan", null, ["Same in Jamestown."]);
        threader.Add(0, "Ron Delacroix", null, ["Honest question."]);
        threader.Add(0, "MountainMom303 Ron Delacroix", null, ["Since the 1870s."]);
        threader.Add(0, "Elton Ron Delacroix", null, ["A plain word before the name still makes no reply."]);

        var comments = threader.Finish();
        Assert.Equal([null, 1, null, 3, null], comments.Select(comment => comment.Parent));
        Assert.Equal(["Kathy Brannigan", "jdm_boulder", "Ron Delacroix", "MountainMom303"], comments.Take(4).Select(comment => comment.Author));
    }
}
