# window files are listed here by their owner
