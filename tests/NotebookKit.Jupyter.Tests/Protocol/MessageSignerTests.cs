using System.Security.Cryptography;
using System.Text;
using NotebookKit.Jupyter.Protocol;

namespace NotebookKit.Jupyter.Tests.Protocol;

public class MessageSignerTests
{
    private static readonly byte[] Header = """{"msg_id":"1","msg_type":"execute_request"}"""u8.ToArray();
    private static readonly byte[] Parent = "{}"u8.ToArray();
    private static readonly byte[] Metadata = "{}"u8.ToArray();
    private static readonly byte[] Content = """{"code":"1+1"}"""u8.ToArray();

    [Fact]
    public void Signature_is_hmac_sha256_hex_over_the_four_frames_in_order()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("secret"), Header.Concat(Parent).Concat(Metadata).Concat(Content).ToArray()));

        var signature = new MessageSigner("secret").Sign(Header, Parent, Metadata, Content);

        Assert.Equal(expected, signature);
    }

    [Fact]
    public void Verify_accepts_its_own_signature_in_either_case()
    {
        var signer = new MessageSigner("secret");
        var signature = signer.Sign(Header, Parent, Metadata, Content);

        Assert.True(signer.Verify(Encoding.ASCII.GetBytes(signature), Header, Parent, Metadata, Content));
        Assert.True(signer.Verify(Encoding.ASCII.GetBytes(signature.ToUpperInvariant()), Header, Parent, Metadata, Content));
    }

    [Fact]
    public void Verify_rejects_a_signature_made_with_another_key_or_over_other_content()
    {
        var signer = new MessageSigner("secret");
        var forged = new MessageSigner("other").Sign(Header, Parent, Metadata, Content);
        var signature = signer.Sign(Header, Parent, Metadata, Content);

        Assert.False(signer.Verify(Encoding.ASCII.GetBytes(forged), Header, Parent, Metadata, Content));
        Assert.False(signer.Verify(Encoding.ASCII.GetBytes(signature), Header, Parent, Metadata, """{"code":"2+2"}"""u8));
        Assert.False(signer.Verify([], Header, Parent, Metadata, Content));
        Assert.False(signer.Verify(Encoding.ASCII.GetBytes(signature[..^2]), Header, Parent, Metadata, Content));
    }

    [Fact]
    public void An_empty_key_means_unsigned_messages()
    {
        var signer = new MessageSigner("");

        Assert.Equal("", signer.Sign(Header, Parent, Metadata, Content));
        Assert.True(signer.Verify([], Header, Parent, Metadata, Content));
    }
}
