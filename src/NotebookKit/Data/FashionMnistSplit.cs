namespace NotebookKit.Data;

/// <summary>Which part of Fashion-MNIST to load.</summary>
public enum FashionMnistSplit
{
    /// <summary>The 60,000 training images (from Debian's dataset-fashion-mnist or a given folder).</summary>
    Train,

    /// <summary>The 10,000 test images (also shipped inside NotebookKit).</summary>
    Test,
}
