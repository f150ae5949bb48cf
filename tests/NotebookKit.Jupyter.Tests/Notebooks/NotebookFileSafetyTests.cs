using NotebookKit.Jupyter.Notebooks;

namespace NotebookKit.Jupyter.Tests.Notebooks;

public sealed class NotebookFileSafetyTests
{
    private const string Valid = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Hi"},
                   {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": "1"}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 4}
        """;

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_old_file_and_no_temp_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("lesson.ipynb");
        File.WriteAllText(path, Valid);

        var ex = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("{\"cells\": [ truncated"u8);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", ex.Message);
        Assert.Equal(Valid, File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_stream_that_fails_on_flush_leaves_the_old_file()
    {
        using var temp = new TempFolder();
        var path = temp.File("lesson.ipynb");
        File.WriteAllText(path, Valid);
        var notebook = Notebook.Parse(Valid, "lesson.ipynb");
        notebook.Cells[1].Source = "2";

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            var failing = new FailingStream(stream, failAfterBytes: 40);
            var bytes = System.Text.Encoding.UTF8.GetBytes(notebook.ToJson());
            failing.Write(bytes, 0, bytes.Length);
        }));

        Assert.Equal(Valid, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Theory]
    [InlineData("""{"cells": [{"cell_type": "markdown", "metadata": {}, "source": ""}, {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": {}, "source": ""}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "lesson3.ipynb: cell 2: \"outputs\" must be a list")]
    [InlineData("""{"cells": {}, "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "lesson3.ipynb: \"cells\" must be a list")]
    [InlineData("""{"cells": [], "metadata": {}, "nbformat": 2, "nbformat_minor": 0}""", "lesson3.ipynb: line 1: nbformat 2 is not supported")]
    [InlineData("""{"cells": [], "metadata": {}, "nbformat": 3, "nbformat_minor": 0}""", "lesson3.ipynb: an nbformat 3 notebook needs a \"worksheets\" list")]
    [InlineData("""{"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": 5}], "source": ""}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "lesson3.ipynb: cell 1: output 1: \"text\" must be a string or a list of strings")]
    [InlineData("""{"cells": [{"cell_type": "picture", "metadata": {}, "source": ""}], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}""", "lesson3.ipynb: cell 1: \"cell_type\" must be")]
    [InlineData("""{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4""", "lesson3.ipynb: not valid JSON at line 1")]
    public void Malformed_file_gives_an_error_naming_file_and_place_and_is_left_untouched(string json, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.File("lesson3.ipynb");
        File.WriteAllText(path, json);

        var ex = Assert.Throws<NotebookFormatException>(() => Notebook.Load(path));

        Assert.StartsWith(expected, ex.Message);
        Assert.Equal(json, File.ReadAllText(path));
    }

    private sealed class FailingStream(Stream inner, int failAfterBytes) : Stream
    {
        private int _written;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var allowed = Math.Min(count, failAfterBytes - _written);
            inner.Write(buffer, offset, allowed);
            _written += allowed;
            if (allowed < count)
                throw new IOException("Input/output error");
        }
    }
}
